import { devices, expect, test } from '@playwright/test';
import { login } from './login';

/** Runs after the specs that count the demo's debtors (see playwright.config.ts): it adds 1,000. */
const ROWS = 1000;

const day = (offset: number) => {
	const d = new Date(Date.now() + offset * 86_400_000);
	return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
};

/** A statement of ROWS debtors, each one invoice twelve days overdue and a reminder contact with an email. */
function statement(prefix: string): Buffer {
	const lines = [
		"Facture;Compte;Débiteur;Réf. contact;Nom du contact;Prénom du contact;E-mail;Date d'émission;Échéance;Montant;Payé"
	];
	for (let i = 0; i < ROWS; i++) {
		const n = String(i).padStart(4, '0');
		lines.push(
			`${prefix}-F${n};${prefix}-${n};Locataire ${prefix} ${n};${prefix}-C${n};Martin;Lou;lou.${prefix.toLowerCase()}.${n}@example.test;${day(-20)};${day(-12)};120,00;0,00`
		);
	}
	return Buffer.from(lines.join('\n'), 'utf8');
}

test('« Envoyer la liste prête » for 1,000 reminders answers at once, shows its progress to a reload and another device, and a second click joins', async ({
	page,
	browser
}) => {
	test.setTimeout(600_000);
	const prefix = `OPS${String(Date.now()).slice(-5)}`;
	await login(page, 'admin@demo.relance.fr');

	// 1,000 debtors behind with their payment, each with a reminder contact.
	await page.goto('/importer');
	await page
		.getByLabel('Type de données')
		.selectOption({ label: 'Relevé (factures avec débiteur et contact de relance)' });
	await page
		.getByLabel('Fichier')
		.setInputFiles({ name: `${prefix}.csv`, mimeType: 'text/csv', buffer: statement(prefix) });
	await page.getByRole('button', { name: 'Lire le fichier' }).click();
	await page.waitForURL(/\/importer\/[0-9a-f-]{36}$/);
	await page.getByRole('button', { name: `Importer les ${ROWS.toLocaleString('fr-FR')} lignes` }).click();
	// A file this long is imported by an operation: its bar on the file's page, through a reload,
	// then the page an import answered at once leads to.
	await expect(page).toHaveURL(/\/importer\/[0-9a-f-]{36}\?operation=/, { timeout: 60_000 });
	await expect(page.getByTestId('operation')).toHaveAttribute('data-total', String(ROWS), { timeout: 120_000 });
	await page.reload();
	await expect(page.getByTestId('operation').or(page.getByRole('status')).first()).toBeVisible({ timeout: 120_000 });
	await expect(page.getByRole('status')).toHaveText(/^Import terminé \(Relevé/, { timeout: 180_000 });
	await expect(page).toHaveURL(/\/importer\?importe=statement/);

	// The scenarios write each one's first reminder, due today: « Lancer maintenant » is an operation too.
	await page.goto('/reglages/scenarios');
	await page.getByRole('button', { name: 'Lancer maintenant' }).click();
	await expect(page).toHaveURL(/operation=/);
	await expect(page.getByTestId('operation')).toHaveAttribute('data-status', 'done', { timeout: 300_000 });
	await expect(page.getByTestId('operation-outcome')).toContainText('Scénarios exécutés');

	await page.goto('/avant-envoi');
	// The count as French writes it: « (1 000) », a narrow no-break space between the thousands.
	const send = page.getByRole('button', { name: /^Envoyer la liste prête \(\d{1,3}(\s\d{3})*\)$/ });
	const ready = Number((await send.textContent())!.replace(/\D/g, ''));
	expect(ready).toBeGreaterThanOrEqual(ROWS);
	const answered = page.waitForResponse((r) => r.url().includes('?/sendDue'));
	// A second click at the same moment (the same form, posted as the page posts it, from another
	// tab): whichever comes first starts the operation, the other joins it.
	const form = new URLSearchParams(
		await send.evaluate((button) =>
			[...new FormData((button as HTMLButtonElement).form!)].map(([k, v]) => [k, String(v)])
		)
	);
	const [clicked, again] = await Promise.all([
		answered.then(async (r) => ({ body: (await r.json()) as { type: string; location: string }, at: Date.now() })),
		page.request
			.post('/avant-envoi?/sendDue', {
				data: form.toString(),
				// Its socket is not kept for later: idle while the click's answer comes, the server
				// would close it just as the next request reused it (ECONNRESET).
				headers: {
					origin: new URL(page.url()).origin,
					'x-sveltekit-action': 'true',
					accept: 'application/json',
					'content-type': 'application/x-www-form-urlencoded',
					connection: 'close'
				}
			})
			.then(async (r) => ({ body: (await r.json()) as { type: string; location: string }, at: Date.now() })),
		send.click()
	]);
	for (const reply of [clicked, again]) expect(reply.body.type, JSON.stringify(reply.body)).toBe('redirect');
	const [id, otherId] = [clicked, again].map((reply) =>
		new URL(reply.body.location, 'http://x').searchParams.get('operation')!
	);
	expect(otherId).toBe(id);
	// The answer of the click that started it (the other one joined: « rejoint » in its address).
	const answeredAt = [clicked, again].find((reply) => !reply.body.location.includes('rejoint'))!.at;

	// The answer came while the operation ran: read later (the embedded database serves one
	// statement at a time, and the page's own load may come first), it is still running below
	// its total, or it finished after the answer was in hand.
	const read = (await (
		await page.request.get(`/api/operations/${id}`, { headers: { connection: 'close' } })
	).json()) as { status: string; total: number; done: number; finishedAt: string | null };
	expect(read.total).toBe(ready);
	if (read.status === 'running') expect(read.done).toBeLessThan(ready);
	else expect(new Date(read.finishedAt!).getTime()).toBeGreaterThan(answeredAt);

	// The page shows the bar (the embedded database reads the lists between the job's chunks: it may take a while).
	await expect(page).toHaveURL(new RegExp(`operation=${id}`), { timeout: 120_000 });
	await expect(page.getByTestId('operation')).toHaveAttribute('data-total', String(ready), { timeout: 120_000 });
	await expect(page.locator('progress')).toBeVisible();

	// Another device of the organisation finds it on the page: its bar while it runs, its outcome in the recent operations after.
	const phone = await browser.newContext({ ...devices['Pixel 7'] });
	const other = await phone.newPage();
	await login(other, 'gestionnaire@demo.relance.fr');
	await other.goto('/avant-envoi');
	await expect(other.locator(`[data-testid="recent-operation"][data-operation-id="${id}"]`)).toBeVisible({
		timeout: 120_000
	});
	await phone.close();

	// After a reload, the bar goes on and reaches the total.
	await page.reload();
	await expect(page.getByTestId('operation')).toHaveAttribute('data-operation-id', id!, { timeout: 120_000 });
	await expect(page.getByTestId('operation-figures')).toHaveText(
		`${ready.toLocaleString('fr-FR')} sur ${ready.toLocaleString('fr-FR')} traités`,
		{
			timeout: 300_000
		}
	);
	await expect(page.getByTestId('operation-outcome')).toContainText('Envoi terminé');
	await expect(page.getByTestId('recent-operation').first()).toHaveAttribute('data-status', 'done');
});
