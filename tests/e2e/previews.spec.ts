import { expect, test, type Locator, type Page } from '@playwright/test';
import { login } from './login';

/** The page scrolls up and down only: nothing of the previews makes it wider than the phone. */
async function expectNoSideways(page: Page) {
	const { scroll, client } = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		client: document.documentElement.clientWidth
	}));
	expect(scroll).toBeLessThanOrEqual(client);
}

/** A phone-wide screenshot of an element taller than the screen, the page made tall enough to hold it. */
async function shoot(page: Page, element: Locator, path: string) {
	const size = page.viewportSize()!;
	const box = (await element.boundingBox())!;
	await page.setViewportSize({ width: size.width, height: Math.max(size.height, Math.ceil(box.height) + 200) });
	await element.screenshot({ path });
	await page.setViewportSize(size);
}

/** The email's own document is drawn in the frame, and the frame is as tall as the document. */
async function expectEmail(preview: Locator, text: string | RegExp) {
	const frame = preview.getByTestId('email-frame');
	await expect(frame).toBeVisible();
	await expect(preview.frameLocator('[data-testid="email-frame"]').locator('body')).toContainText(text);
	const fit = await frame.evaluate((el: HTMLIFrameElement) => ({
		height: el.getBoundingClientRect().height,
		width: el.getBoundingClientRect().width
	}));
	expect(fit.height).toBeGreaterThan(300);
	expect(fit.width).toBeLessThanOrEqual(412);
}

/** The letter's first page drawn into its canvas: many pixels that are not white. */
async function expectLetterDrawn(preview: Locator) {
	const canvas = preview.getByTestId('letter-canvas');
	await expect(canvas).toHaveAttribute('data-status', 'drawn', { timeout: 20_000 });
	const inked = await canvas.evaluate((el: HTMLCanvasElement) => {
		const data = el.getContext('2d')!.getImageData(0, 0, el.width, el.height).data;
		let dark = 0;
		for (let i = 0; i < data.length; i += 4) if (data[i] < 128 && data[i + 3] > 0) dark++;
		return { dark, width: el.width, url: el.toDataURL().length };
	});
	expect(inked.width).toBeGreaterThan(300);
	expect(inked.dark).toBeGreaterThan(2000);
	expect(inked.url).toBeGreaterThan(20_000);
	await expect(preview.getByRole('img', { name: /Première page du courrier/ })).toBeVisible();
}

test('a manager previews on a phone the email, the SMS and the letter of a new reminder, then on its page', async ({
	page
}) => {
	const errors: string[] = [];
	// The test's own probes into the email's frame are refused there: the sandbox at work, not an error of the page.
	page.on(
		'console',
		(message) =>
			message.type() === 'error' &&
			!message.text().includes("in 'about:srcdoc' because the document's frame is sandboxed") &&
			errors.push(message.text())
	);
	page.on('pageerror', (error) => errors.push(error.message));
	await login(page, 'gestionnaire@demo.relance.fr');
	await page.goto('/debiteurs');
	await page.locator('.row-link').first().click();
	await page.waitForURL(/\/debiteurs\/[0-9a-f-]{36}$/);
	await page.getByRole('link', { name: 'Nouvelle relance' }).click();
	await page.getByLabel('Insérer un modèle').selectOption({ label: 'Deuxième relance' });
	await page.getByRole('button', { name: 'Appliquer le modèle' }).click();
	await expect(page.getByLabel('Descriptif court *')).toHaveValue('Deuxième relance');
	await page.getByLabel('Descriptif court *').fill('Aperçu sur téléphone');
	// A week ahead: saved for validation, it must not leave during the other tests.
	await page.getByLabel("Date d'envoi *").fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
	await page
		.getByLabel('Texte du SMS')
		.fill('{{ organisation.nom }} : il reste {{ solde }} à régler sur le compte {{ compte }}.');

	const recipient = page.locator('.recipient').first();
	for (const channel of ['E-mail', 'SMS', 'Courrier']) await recipient.getByRole('checkbox', { name: channel }).check();
	await page.getByRole('button', { name: 'Prévisualiser' }).click();

	const preview = page.getByTestId('preview').first();
	await expectEmail(preview, 'Malgré notre précédent rappel');
	await expect(preview.getByTestId('email-from')).toHaveText(/<relances@|@/);
	await expect(preview.getByTestId('email-subject')).toContainText('Deuxième relance');
	await shoot(page, preview.getByTestId('email-preview'), '/tmp/preview-email.png');

	await preview.locator('summary', { hasText: 'SMS' }).click();
	await expect(preview.getByTestId('sms-bubble')).toContainText('il reste');
	await expect(preview.getByTestId('sms-bubble')).not.toContainText('{{');
	await expect(preview.getByTestId('sms-segments')).toHaveText(/\d+ caractères · \d SMS · (GSM-7|UCS-2)/);
	await preview.getByTestId('sms-preview').screenshot({ path: '/tmp/preview-sms.png' });

	await preview.locator('summary', { hasText: 'Courrier' }).click();
	await expectLetterDrawn(preview);
	await shoot(page, preview.getByTestId('letter-preview'), '/tmp/preview-letter.png');
	await expectNoSideways(page);

	// Saved by email and post: the demo's contact may have no mobile number, which an SMS needs.
	await recipient.getByRole('checkbox', { name: 'SMS' }).uncheck();
	await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText('Relance enregistrée.');
	const saved = page.getByTestId('preview').first();
	await expectEmail(saved, 'Malgré notre précédent rappel');
	await saved.locator('summary', { hasText: 'Courrier' }).click();
	await expectLetterDrawn(saved);
	await expect(saved.getByTestId('letter-open')).toHaveAttribute(
		'href',
		/\/relances\/[0-9a-f-]{36}\/courrier\/[0-9a-f-]{36}$/
	);
	await expectNoSideways(page);
	expect(errors).toEqual([]);
});

test('the template editor previews the email and draws the letter', async ({ page }) => {
	await login(page, 'gestionnaire@demo.relance.fr');
	await page.goto('/modeles');
	await page.getByRole('link', { name: 'Mise en demeure' }).first().click();
	await page.getByRole('button', { name: 'Prévisualiser' }).click();
	const preview = page.getByTestId('preview');
	await expectLetterDrawn(preview);
	await shoot(page, preview.getByTestId('letter-preview'), '/tmp/preview-template-letter.png');

	await page.goto('/modeles');
	await page.getByRole('link', { name: 'Première relance' }).first().click();
	await page.getByRole('button', { name: 'Prévisualiser' }).click();
	await expectEmail(page.getByTestId('preview'), 'Sauf erreur de notre part');
	await page.getByTestId('preview').locator('summary', { hasText: 'SMS' }).click();
	await expect(page.getByTestId('sms-bubble')).toContainText('reste impayé');
	await shoot(page, page.getByTestId('preview'), '/tmp/preview-template.png');
	await expectNoSideways(page);
});

test('an approver opens what leaves from « À valider » with a tap', async ({ page }) => {
	await login(page, 'valideur@demo.relance.fr');
	await page.goto('/a-valider');
	const item = page.getByTestId('pending').filter({ hasText: 'Aperçu sur téléphone' }).first();
	// Dated a week ahead, it may come after the first 50 pending reminders: page on to it.
	await expect(page.getByTestId('pending').first()).toBeVisible({ timeout: 20_000 });
	const next = page.getByRole('button', { name: /^Afficher les \d+ suivantes$/ });
	while (!(await item.count()) && (await next.count())) await next.click();
	await item.getByText('Voir ce qui part').click();
	const preview = item.getByTestId('preview').first();
	await expectEmail(preview, 'Malgré notre précédent rappel');
	await preview.locator('summary', { hasText: 'Courrier' }).click();
	await expectLetterDrawn(preview);
	await expectNoSideways(page);
	await shoot(page, item, '/tmp/preview-approvals.png');
	// Approved, it leaves the list as the other tests found it.
	await item.getByRole('button', { name: 'Valider' }).click();
	await expect(page.getByRole('status')).toHaveText('Relance validée.');
});
