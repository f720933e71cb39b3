import type { Page } from '@playwright/test';

/** Logs a demo person in through the French login form and waits for his home screen. */
export async function login(page: Page, email: string) {
	await page.goto('/login');
	await page.getByLabel('Adresse e-mail').fill(email);
	await page.getByLabel('Mot de passe').fill('relance-demo');
	await page.getByRole('button', { name: 'Se connecter' }).click();
	await page.waitForURL(/\/(aujourdhui|a-valider)$/);
}
