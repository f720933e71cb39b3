import { expect, test } from '@playwright/test';

test('a manager imports the demo statement, fixes a flagged email, excludes a debtor and sends the ready list', async ({
	page
}) => {
	await page.goto('/login');
	await page.getByLabel('Adresse e-mail').fill('gestionnaire@demo.relance.fr');
	await page.getByLabel('Mot de passe').fill('relance-demo');
	await page.getByRole('button', { name: 'Se connecter' }).click();
	await page.waitForURL(/\/aujourdhui$/);

	await page.getByRole('link', { name: 'Plus' }).click();
	await page.getByRole('link', { name: 'Importer un fichier' }).click();
	await page
		.getByLabel('Type de données')
		.selectOption({ label: 'Relevé (factures avec débiteur et contact de relance)' });
	await page.getByLabel('Fichier').setInputFiles('static/demo-import.csv');
	await page.getByRole('button', { name: 'Lire le fichier' }).click();

	await page.waitForURL(/\/importer\/[0-9a-f-]{36}$/);
	await expect(page.getByRole('table').first()).toContainText('SCI Les Tilleuls');
	await expect(page.getByLabel('Facture *')).toHaveValue('Facture');
	await page.getByRole('button', { name: 'Importer les 5 lignes' }).click();
	await expect(page.getByRole('status')).toHaveText(/Import terminé .* 12 créés, 0 modifiés, 0 inchangés\./);

	await page.getByRole('link', { name: 'Voir les listes avant envoi de ces débiteurs' }).click();
	const ready = page.getByTestId('list-ready');
	const toCheck = page.getByTestId('list-to-check');
	await expect(ready.getByRole('heading')).toHaveText('Prêts à envoyer (2)');
	await expect(toCheck).toContainText('claire.morel@gmial.com');
	await expect(page.getByTestId('list-no-contact')).toContainText('Boulangerie Péchard');

	await toCheck.getByRole('button', { name: 'Utiliser claire.morel@gmail.com' }).click();
	await expect(ready.getByRole('heading')).toHaveText('Prêts à envoyer (3)');
	await expect(ready).toContainText('claire.morel@gmail.com');

	await ready.getByRole('button', { name: 'Exclure Mme Sophie Garnier' }).click();
	await expect(page.getByTestId('list-excluded')).toContainText('Mme Sophie Garnier');
	await expect(ready.getByRole('heading')).toHaveText('Prêts à envoyer (2)');

	await ready.getByRole('button', { name: 'Envoyer la liste prête (2)' }).click();
	await expect(page.getByTestId('operation-outcome')).toHaveText('Envoi terminé : 2 relances, 2 envois.', {
		timeout: 30_000
	});

	// Scenario runs of earlier specs fill the outbox: each address is looked up, as a person would.
	await expect(async () => {
		await page.goto('/boite-d-envoi?destinataire=claire.morel%40gmail.com');
		await expect(page.getByTestId('outbox-message').filter({ hasText: 'claire.morel@gmail.com' }).first()).toBeVisible({
			timeout: 1_000
		});
	}).toPass({ timeout: 15_000 });
	await page.goto('/boite-d-envoi?destinataire=sophie.garnier%40free.fr');
	await expect(page.getByRole('heading', { name: "Boîte d'envoi" })).toBeVisible();
	await expect(page.getByTestId('outbox-message')).toHaveCount(0);
});
