import { expect, test, type Page } from '@playwright/test';

async function login(page: Page, email: string) {
	await page.goto('/login');
	await page.getByLabel('Adresse e-mail').fill(email);
	await page.getByLabel('Mot de passe').fill('relance-demo');
	await page.getByRole('button', { name: 'Se connecter' }).click();
	await page.waitForURL(/\/(aujourdhui|a-valider)$/);
}

/**
 * Buttons and block links smaller than 44 × 44 px: a thumb misses them. Links inside a sentence
 * are exempt, as are checkboxes and radios, whose label is their target.
 */
async function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const small: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>('button, a, summary, select')) {
			const box = el.getBoundingClientRect();
			if (!box.width || !box.height) continue;
			if (el.tagName === 'A' && getComputedStyle(el).display === 'inline' && el.closest('p, li, td, dd, span')) continue;
			if (box.height < 44 || box.width < 44) small.push(`${(el.textContent || el.getAttribute('aria-label') || el.tagName).trim().slice(0, 40)} ${Math.round(box.width)}×${Math.round(box.height)}`);
		}
		return small;
	});
}

const PAGES = [
	'/aujourdhui',
	'/relances',
	'/debiteurs',
	'/avant-envoi',
	'/avant-envoi?impayes',
	'/exporter',
	'/historique',
	'/plus',
	'/modeles',
	'/courriers',
	'/importer',
	'/reglages/organisation',
	'/reglages/utilisateurs',
	'/reglages/scenarios',
	'/reglages/formats',
	'/actions-groupees/debiteurs'
];

test('every button and block link of an admin’s pages is at least 44 × 44 px on a phone', async ({ page }) => {
	await login(page, 'admin@demo.relance.fr');
	const found: Record<string, string[]> = {};
	for (const path of PAGES) {
		await page.goto(path);
		const small = await smallTargets(page);
		if (small.length) found[path] = small;
	}
	expect(found).toEqual({});
});
