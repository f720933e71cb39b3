import { expect, test } from '@playwright/test';

const PASSWORD = 'relance-demo';

async function login(page: import('@playwright/test').Page, email: string) {
	await page.goto('/login');
	await page.getByLabel('Adresse e-mail').fill(email);
	await page.getByLabel('Mot de passe').fill(PASSWORD);
	await page.getByRole('button', { name: 'Se connecter' }).click();
}

test('a manager logs in on a phone in French, finds the bottom navigation, switches to English', async ({ page }) => {
	await login(page, 'gestionnaire@demo.relance.fr');
	await expect(page).toHaveURL(/\/aujourdhui$/);
	await expect(page.getByRole('heading', { name: "Aujourd'hui" })).toBeVisible();
	await expect(page.getByTestId('role')).toHaveText('Gestionnaire');

	const nav = page.getByRole('navigation', { name: 'Navigation principale' });
	await expect(nav.getByRole('link')).toHaveText(["Aujourd'hui", 'Relances', 'Débiteurs', 'Plus']);
	const box = (await nav.boundingBox())!;
	const viewport = page.viewportSize()!;
	expect(box.y + box.height).toBeGreaterThanOrEqual(viewport.height - 2);
	expect(box.width).toBeGreaterThanOrEqual(viewport.width - 2);

	await nav.getByRole('link', { name: 'Débiteurs' }).click();
	await expect(page.getByText('200 débiteurs')).toBeVisible();
	await page.locator('.row-link').first().click();
	await expect(page.getByText('Solde')).toBeVisible();

	await nav.getByRole('link', { name: 'Plus' }).click();
	await page.getByRole('link', { name: 'Mon compte' }).click();
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('heading', { name: 'My account' })).toBeVisible();
	const mainNav = page.getByRole('navigation', { name: 'Main navigation' });
	await expect(mainNav.getByRole('link')).toHaveText(['Today', 'Reminders', 'Debtors', 'More']);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');

	await mainNav.getByRole('link', { name: 'More' }).click();
	await page.getByRole('button', { name: 'Log out' }).click();
	await expect(page).toHaveURL(/\/login$/);
	await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
});

test('an approver sees his own shell and lands on "À valider"', async ({ page }) => {
	await login(page, 'valideur@demo.relance.fr');
	await expect(page).toHaveURL(/\/a-valider$/);
	const nav = page.getByRole('navigation', { name: 'Navigation principale' });
	await expect(nav.getByRole('link')).toHaveText(['À valider', 'Relances', 'Débiteurs', 'Plus']);
	const refused = await page.goto('/aujourdhui');
	expect(refused?.status()).toBe(403);
});

test('the form shows errors next to the fields, before and after the server', async ({ page }) => {
	await page.goto('/login');
	await page.getByRole('button', { name: 'Se connecter' }).click();
	await expect(page.locator('#field-email-error')).toHaveText('Ce champ est obligatoire.');
	await expect(page.locator('#field-password-error')).toHaveText('Ce champ est obligatoire.');
	await expect(page.getByLabel('Adresse e-mail')).toHaveAttribute('aria-invalid', 'true');

	await page.getByLabel('Adresse e-mail').fill('gestionnaire@demo.relance.fr');
	await page.getByLabel('Mot de passe').fill('mauvais mot de passe');
	await page.getByRole('button', { name: 'Se connecter' }).click();
	// The server's answer replaces the fields' errors: for a moment both may be on screen.
	await expect(page.getByRole('alert').filter({ hasText: 'Adresse e-mail ou mot de passe incorrect.' })).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(1);
	await expect(page).toHaveURL(/\/login$/);
});

test('an admin manages users on a wide screen with a side navigation', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await login(page, 'admin@demo.relance.fr');
	const nav = page.getByRole('navigation', { name: 'Navigation principale' });
	const box = (await nav.boundingBox())!;
	expect(box.x).toBe(0);
	expect(box.width).toBeLessThan(300);
	await nav.getByRole('link', { name: 'Plus' }).click();
	await page.getByRole('link', { name: 'Utilisateurs et rôles' }).click();
	await page.getByLabel('E-mail').fill('camille@example.test');
	await page.getByLabel('Rôle', { exact: true }).selectOption('agent');
	await page.getByRole('button', { name: "Envoyer l'invitation" }).click();
	await expect(page.getByRole('status')).toHaveText('Invitation envoyée à camille@example.test.');
	await expect(page.getByTestId('invitation').filter({ hasText: 'camille@example.test' })).toContainText('Agent');
});

test("what a person types before the page's script arrives is kept (slow phone)", async ({ page }) => {
	let release!: () => void;
	const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
		await scriptsHeld;
		await route.continue();
	});
	await page.goto('/login', { waitUntil: 'domcontentloaded' });
	await page.getByLabel('Adresse e-mail').fill('valideur@demo.relance.fr');
	release();
	await page.waitForLoadState('networkidle');
	await expect(page.getByLabel('Adresse e-mail')).toHaveValue('valideur@demo.relance.fr');
});
