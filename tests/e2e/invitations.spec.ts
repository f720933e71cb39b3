import { devices, expect, test } from '@playwright/test';
import { login } from './login';

test('an admin invites a person, who follows the link from the outbox, chooses a password and signs in', async ({
	page,
	browser,
	baseURL
}) => {
	await login(page, 'admin@demo.relance.fr');
	await page.goto('/reglages/utilisateurs');
	await page.getByLabel('E-mail').fill('nora.invitee@example.test');
	await page.getByLabel('Rôle', { exact: true }).selectOption('manager');
	await page.getByRole('button', { name: "Envoyer l'invitation" }).click();
	await expect(page.getByRole('status')).toHaveText('Invitation envoyée à nora.invitee@example.test.');
	await expect(page.getByTestId('invitation').filter({ hasText: 'nora.invitee@example.test' })).toBeVisible();

	// No provider key in the demo: the email waits in the outbox, where an admin reads it.
	await page.goto('/boite-d-envoi?destinataire=nora.invitee%40example.test');
	const message = page.getByTestId('outbox-message').first();
	await message.locator('summary').click();
	await expect(message.locator('summary')).toContainText('vous invite sur Relance');
	const text = await message.locator('.text').textContent();
	const link = /https?:\/\/\S+\/invitation\/[a-z0-9]+/.exec(text ?? '')![0];

	// The invitee, on a phone of her own.
	const phone = await browser.newContext({ ...devices['Pixel 7'], baseURL });
	const nora = await phone.newPage();
	await nora.goto(new URL(link).pathname);
	await expect(nora.getByText('avec le rôle « Gestionnaire »')).toBeVisible();
	await nora.getByLabel('Votre nom').fill('Nora Invitée');
	await nora.getByLabel('Mot de passe (10 caractères au moins)').fill('nora a un long mot de passe');
	await nora.getByLabel('Confirmez le mot de passe').fill('autre chose');
	await nora.getByRole('button', { name: 'Créer mon compte' }).click();
	await expect(nora.locator('#field-confirmPassword-error')).toHaveText('Les deux mots de passe ne correspondent pas.');
	await nora.getByLabel('Confirmez le mot de passe').fill('nora a un long mot de passe');
	await nora.getByRole('button', { name: 'Créer mon compte' }).click();
	await nora.waitForURL(/\/aujourdhui$/);
	await expect(nora.getByTestId('role')).toHaveText('Gestionnaire');

	// Signed out, she signs in again with the password she chose; the link is spent.
	await nora.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Plus' }).click();
	await nora.getByRole('button', { name: 'Se déconnecter' }).click();
	await nora.waitForURL(/\/login$/);
	await nora.getByLabel('Adresse e-mail').fill('nora.invitee@example.test');
	await nora.getByLabel('Mot de passe').fill('nora a un long mot de passe');
	await nora.getByRole('button', { name: 'Se connecter' }).click();
	await nora.waitForURL(/\/aujourdhui$/);
	await nora.goto(new URL(link).pathname);
	await expect(nora.getByText('Cette invitation a déjà servi.')).toBeVisible();
	await phone.close();
});
