import { expect, test } from '@playwright/test';

/**
 * The Content-Security-Policy allows the app's own scripts only: every page a manager opens
 * must hydrate and run without one violation (an inline script outside the policy would show
 * here as a refusal in the console).
 */
test('the app runs under its strict Content-Security-Policy, page after page', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`Refused to load: ${e.violatedDirective} ${e.blockedURI}`)
		);
	});

	const login = await page.goto('/login');
	const csp = login!.headers()['content-security-policy'];
	expect(csp).toContain("script-src 'self' 'nonce-");
	expect(csp).toContain("frame-ancestors 'none'");
	expect(login!.headers()['x-content-type-options']).toBe('nosniff');

	await page.getByLabel('Adresse e-mail').fill('gestionnaire@demo.relance.fr');
	await page.getByLabel('Mot de passe').fill('relance-demo');
	await page.getByRole('button', { name: 'Se connecter' }).click();
	await expect(page).toHaveURL(/\/aujourdhui$/);

	// Hydrated: a client-side navigation works (the shell's links are handled by the router).
	await page
		.getByRole('navigation', { name: 'Navigation principale' })
		.getByRole('link', { name: 'Débiteurs' })
		.click();
	await expect(page.getByText('200 débiteurs')).toBeVisible();

	for (const path of [
		'/relances',
		'/modeles',
		'/courriers',
		'/boite-d-envoi',
		'/notifications',
		'/relances/nouvelle'
	]) {
		await page.goto(path);
		await expect(page.locator('h1')).toBeVisible();
	}
	expect(violations).toEqual([]);
});
