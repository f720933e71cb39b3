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

test('tabbing through the reminder form never leaves the focused field under the header or the bottom navigation', async ({ page }) => {
	await login(page, 'gestionnaire@demo.relance.fr');
	await page.goto('/debiteurs');
	await page.locator('.row-link').first().click();
	await page.getByRole('link', { name: 'Nouvelle relance' }).click();
	await page.getByLabel("Date d'envoi *").focus();
	const hidden: string[] = [];
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		const where = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body || el.closest('nav, header')) return null;
			const box = el.getBoundingClientRect();
			const top = document.querySelector('header')!.getBoundingClientRect().bottom;
			const bottom = document.querySelector('nav')!.getBoundingClientRect().top;
			const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : el.textContent;
			// A field taller than the room left shows at least its first lines, where typing starts.
			const shown = Math.min(box.height, 48);
			return { name: (label || el.getAttribute('name') || el.tagName).trim().slice(0, 40), covered: box.top < top || box.top + shown > bottom };
		});
		if (where?.covered) hidden.push(where.name);
	}
	expect(hidden).toEqual([]);
});
