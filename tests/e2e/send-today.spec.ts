import { expect, test } from '@playwright/test';

test("a manager sends today's list with one button and finds the email in the outbox", async ({ page }) => {
	await page.goto('/login');
	await page.getByLabel('Adresse e-mail').fill('gestionnaire@demo.relance.fr');
	await page.getByLabel('Mot de passe').fill('relance-demo');
	await page.getByRole('button', { name: 'Se connecter' }).click();
	await page.waitForURL(/\/aujourdhui$/);

	await page.getByRole('link', { name: 'Débiteurs' }).click();
	// Aujourd'hui has row links of its own: wait for the debtors' list before picking one.
	await page.waitForURL(/\/debiteurs$/);
	await page.locator('.row-link').nth(3).click();
	await page.waitForURL(/\/debiteurs\/[0-9a-f-]{36}$/);
	await page.getByRole('link', { name: 'Nouvelle relance' }).click();
	await page.getByLabel('Insérer un modèle').selectOption({ label: 'Première relance' });
	await page.getByRole('button', { name: 'Appliquer le modèle' }).click();
	await expect(page.getByLabel('Descriptif court *')).toHaveValue('Première relance');
	const recipient = page.locator('.recipient').first();
	for (const channel of ['SMS', 'Courrier']) await recipient.getByRole('checkbox', { name: channel }).uncheck();
	await recipient.getByRole('checkbox', { name: 'E-mail' }).check();
	await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText('Relance enregistrée.');
	await expect(page.getByTestId('status')).toHaveText('Programmée');

	await page.getByRole('link', { name: "Aujourd'hui" }).click();
	await expect(page.getByTestId('count-email').locator('strong')).not.toHaveText('0');
	await page.getByRole('button', { name: /Tout envoyer/ }).click();
	await expect(page.getByTestId('operation-outcome')).toContainText('Envoi terminé', { timeout: 30_000 });
	await expect(page.getByTestId('progress')).toContainText(/(\d+) sur \1 traités/, { timeout: 15_000 });

	await page.goto('/boite-d-envoi');
	await expect(page.getByTestId('outbox-message').filter({ hasText: 'Rappel de paiement' }).first()).toBeVisible();
});
