import { expect, test } from '@playwright/test';
import { login } from './login';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test('a payment recorded on a phone deletes the pending formal notice, with its reason, and leaves the kept reminder', async ({
	page
}) => {
	await login(page, 'admin@demo.relance.fr');

	// The demo's scenarios run by hand, as an admin would try them first.
	await page.getByRole('link', { name: 'Plus' }).click();
	await page.getByRole('link', { name: 'Scénarios' }).click();
	await expect(page.getByTestId('timeline').first().getByTestId('step')).toHaveCount(3);
	await page.getByRole('button', { name: 'Lancer maintenant' }).click();
	await expect(page.getByRole('status')).toContainText(
		/Scénarios exécutés : (1 relance créée|[1-9]\d+ relances créées|[2-9] relances créées)/
	);

	// The run's report names each debtor it wrote a reminder for: one got a formal notice.
	const run = page.getByTestId('run').first();
	await run.getByText('Détail').click();
	await run.getByRole('listitem').filter({ hasText: 'Mise en demeure' }).first().getByRole('link').click();
	await page.waitForURL(/\/debiteurs\/[0-9a-f-]{36}$/);
	const debtorUrl = page.url();
	const upcoming = page.getByTestId('upcoming');
	await expect(upcoming.filter({ hasText: 'Mise en demeure' })).toHaveCount(1);
	// The demo may already hold reminders of its own for this debtor: the new one comes on top.
	const before = await upcoming.count();

	// A reminder the manager wants to leave whatever happens: marked « À conserver ».
	await page.getByRole('link', { name: 'Nouvelle relance' }).click();
	await page.getByLabel('Insérer un modèle').selectOption({ label: 'Deuxième relance' });
	await page.getByRole('button', { name: 'Appliquer le modèle' }).click();
	await expect(page.getByLabel('Descriptif court *')).toHaveValue('Deuxième relance');
	await page.getByLabel('Descriptif court *').fill('Rappel du dépôt de garantie');
	await page.getByLabel("Date d'envoi *").fill(inDays(10));
	await page.getByLabel('À conserver').check();
	// By letter to the reminder contact, whom the scenario's formal notice already reaches that way.
	for (const box of await page.locator('.recipient input[type=checkbox]').all()) await box.uncheck();
	await page
		.getByRole('group', { name: / relance$/ })
		.first()
		.getByRole('checkbox', { name: 'Courrier' })
		.check();
	await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
	// The letter's preview below says how its drawing goes in a status of its own.
	await expect(page.getByRole('status').filter({ hasText: 'Relance enregistrée.' })).toBeVisible();

	await page.goto(debtorUrl);
	await expect(upcoming).toHaveCount(before + 1);
	const balance = (await page.getByTestId('balance').innerText()).replace(/[^\d,]/g, '');

	// The tenant pays everything he owes.
	await page.getByRole('link', { name: 'Enregistrer un paiement' }).click();
	await page.getByLabel('Montant reçu (€)').fill(balance);
	await page.getByRole('button', { name: 'Enregistrer le paiement' }).click();
	await page.waitForURL(/\/debiteurs\/[0-9a-f-]{36}#factures$/);

	await expect(upcoming.filter({ hasText: 'Mise en demeure' })).toHaveCount(0);
	const kept = upcoming.filter({ hasText: 'Rappel du dépôt de garantie' });
	await expect(kept).toHaveCount(1);
	await expect(kept).toContainText('À conserver');

	const deletion = page.getByTestId('history').filter({ hasText: 'Mise en demeure' }).filter({ hasText: 'Supprimée' });
	await expect(deletion).toHaveCount(1);
	await expect(deletion).toContainText("Dette réglée : plus rien n'est dû");
});
