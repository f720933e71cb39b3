import { expect, test } from '@playwright/test';

const PASSWORD = 'relance-demo';

test('a manager opens the dashboard on a phone and follows a figure to the debtors behind it', async ({ page }) => {
	await page.goto('/login');
	await page.getByLabel('Adresse e-mail').fill('gestionnaire@demo.relance.fr');
	await page.getByLabel('Mot de passe').fill(PASSWORD);
	await page.getByRole('button', { name: 'Se connecter' }).click();
	await expect(page).toHaveURL(/\/aujourdhui$/);

	await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Plus' }).click();
	await page.getByRole('link', { name: 'Tableau de bord' }).click();
	await expect(page.getByRole('heading', { name: 'Tableau de bord', level: 1 })).toBeVisible();
	// The chart is a table a screen reader reads: its caption names it.
	await expect(
		page.getByRole('table', { name: 'Montant restant dû par ancienneté des factures impayées' })
	).toBeAttached();
	const viewport = page.viewportSize()!;
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

	const figure = page.getByTestId('ages').locator('a[data-bucket="not-due"]');
	const debtors = Number((await figure.locator('small').innerText()).match(/\d+/)![0]);
	expect(debtors).toBeGreaterThan(0);
	await figure.click();
	await expect(page).toHaveURL(/\/debiteurs\?age=not-due$/);
	await expect(page.getByTestId('debtor-filter')).toContainText('Pas encore échu');
	await expect(page.getByText(`${debtors} ${debtors === 1 ? 'débiteur' : 'débiteurs'}`, { exact: true })).toBeVisible();

	await page.getByRole('link', { name: 'Retour au tableau de bord' }).click();
	await expect(page.getByRole('heading', { name: 'Tableau de bord', level: 1 })).toBeVisible();
});
