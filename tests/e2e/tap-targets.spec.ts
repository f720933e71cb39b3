import { expect, test, type Page } from '@playwright/test';
import { login } from './login';

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
			if (el.tagName === 'A' && getComputedStyle(el).display === 'inline' && el.closest('p, li, td, dd, span'))
				continue;
			if (box.height < 44 || box.width < 44)
				small.push(
					`${(el.textContent || el.getAttribute('aria-label') || el.tagName).trim().slice(0, 40)} ${Math.round(box.width)}×${Math.round(box.height)}`
				);
		}
		return small;
	});
}

const ROLES = ['admin', 'gestionnaire', 'valideur', 'agent'];
/** Addresses that are not pages to look at: files, endpoints, the session's end, the language switch. */
const NOT_PAGES =
	/^\/(api|logout|langue)\b|\/(pdf|export|liste\.csv|classeur)\b|\/courrier\/|\/donnees\b|\.(csv|xlsx|pdf|txt)$/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** Enough for every page of a role: its menu and one of each entity's pages. */
const MAX_PAGES = 70;

/** Every page a role reaches by following links from its home and its « Plus » menu, one per route and query shape. */
async function pagesOf(page: Page, visit: (path: string) => Promise<void>): Promise<string[]> {
	// « À valider » links its server-drawn list only once its cache is read: named here as well.
	const queue = [new URL(page.url()).pathname, '/plus', '/a-valider/liste'];
	const seen = new Set<string>();
	const pages: string[] = [];
	while (queue.length && pages.length < MAX_PAGES) {
		const next = queue.shift()!;
		const url = new URL(next, page.url());
		const shape = url.pathname.replace(UUID, ':id') + [...url.searchParams.keys()].sort().join('&');
		if (seen.has(shape)) continue;
		seen.add(shape);
		const answer = await page.goto(next);
		if (!answer || answer.status() >= 400 || !(answer.headers()['content-type'] ?? '').includes('text/html')) continue;
		pages.push(next);
		// Lists drawn from the phone's cache show their links once it is read.
		await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
		await visit(next);
		const links = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
				.filter((a) => a.origin === location.origin && !a.hasAttribute('download'))
				.map((a) => a.pathname + a.search)
		);
		for (const link of links) if (!NOT_PAGES.test(link)) queue.push(link);
	}
	return pages;
}

/**
 * Regions wider than the screen that scroll sideways: each must take the focus and say what it
 * is, unless it is a row of links or buttons, each of which the focus scrolls into view.
 */
async function unreachableScrollers(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>('main *')) {
			const style = getComputedStyle(el);
			if (!/(auto|scroll)/.test(style.overflowX) || el.scrollWidth <= el.clientWidth + 1 || !el.clientHeight) continue;
			const named =
				el.getAttribute('role') === 'region' && (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby'));
			const row = [...el.children].every((child) => (child as HTMLElement).tabIndex >= 0);
			if (!row && (el.tabIndex < 0 || !named))
				found.push(`${el.tagName.toLowerCase()}.${el.className} ${el.textContent?.trim().slice(0, 30)}`);
		}
		return found;
	});
}

/**
 * Focuses every element of the page's tab order in turn, as Tab would (no positive tabindex is
 * used, so document order is the tab order, and focus() scrolls as the key does): a focused field
 * or button must show between the header and the bottom navigation. Done inside the page, so a
 * page of a hundred controls costs one round trip; the reminder form's walk below presses the key.
 */
async function hiddenWhileTabbing(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const hidden = new Set<string>();
		const focusable = [
			...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex="0"]')
		].filter(
			(el) =>
				el.tabIndex >= 0 &&
				!(el as HTMLButtonElement).disabled &&
				el.getClientRects().length > 0 &&
				!el.closest('nav, header') &&
				!(el instanceof HTMLInputElement && el.type === 'hidden')
		);
		const top = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
		const bottom = document.querySelector('nav')?.getBoundingClientRect().top ?? innerHeight;
		for (const el of focusable) {
			el.focus();
			if (document.activeElement !== el) continue;
			const box = el.getBoundingClientRect();
			const label = el.id
				? document.querySelector(`label[for="${el.id}"]`)?.textContent
				: el.textContent || el.getAttribute('aria-label');
			// A field taller than the room left shows at least its first lines, where typing starts.
			const shown = Math.min(box.height, 48);
			if (box.top < top - 1 || box.top + shown > bottom + 1)
				hidden.add((label || el.getAttribute('name') || el.tagName).trim().slice(0, 40));
		}
		(document.activeElement as HTMLElement | null)?.blur();
		return [...hidden];
	});
}

/** A reminder awaiting approval: its page, its edit form and the approver's card are pages to walk too. */
test.beforeAll(async ({ browser }) => {
	const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
	const page = await context.newPage();
	await login(page, 'gestionnaire@demo.relance.fr');
	// Once is enough: a retry finds the one made before.
	await page.goto('/relances?etat=pending_validation');
	if (await page.locator('a.row-link[href^="/relances/"]').count()) return context.close();
	await page.goto('/debiteurs');
	await page.locator('.row-link').first().click();
	await page.waitForURL(/\/debiteurs\/[0-9a-f-]{36}$/);
	await page.getByRole('link', { name: 'Nouvelle relance' }).click();
	await page.getByLabel('Insérer un modèle').selectOption({ label: 'Deuxième relance' });
	await page.getByRole('button', { name: 'Appliquer le modèle' }).click();
	await expect(page.getByLabel('Validation avant envoi')).toBeChecked();
	await page.getByLabel("Date d'envoi *").fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
	const recipient = page.locator('.recipient').first();
	const letter = recipient.getByRole('checkbox', { name: 'Courrier' });
	if (!(await recipient.getByRole('checkbox', { name: 'E-mail' }).isChecked()) && !(await letter.isChecked()))
		await letter.check();
	await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
	await expect(page.getByTestId('status')).toHaveText('À valider');
	await context.close();
});

for (const role of ROLES)
	test(`every page of the ${role}: tap targets of 44 × 44 px, the focus in sight, side-scrolling regions reachable by keyboard`, async ({
		page
	}) => {
		test.setTimeout(600_000);
		await login(page, `${role}@demo.relance.fr`);
		const small: Record<string, string[]> = {};
		const scrollers: Record<string, string[]> = {};
		const hidden: Record<string, string[]> = {};
		// Each page is looked at as the walk reaches it: one visit per page.
		const pages = await pagesOf(page, async (path) => {
			const tooSmall = await smallTargets(page);
			if (tooSmall.length) small[path] = tooSmall;
			const unreachable = await unreachableScrollers(page);
			if (unreachable.length) scrollers[path] = unreachable;
			const covered = await hiddenWhileTabbing(page);
			if (covered.length) hidden[path] = covered;
		});
		expect(pages.length).toBeGreaterThan(5);
		test.info().annotations.push({ type: 'pages', description: pages.join(' ') });
		expect({ small, scrollers, hidden }).toEqual({ small: {}, scrollers: {}, hidden: {} });
	});

test('tabbing through the reminder form never leaves the focused field under the header or the bottom navigation', async ({
	page
}) => {
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
			return {
				name: (label || el.getAttribute('name') || el.tagName).trim().slice(0, 40),
				covered: box.top < top || box.top + shown > bottom
			};
		});
		if (where?.covered) hidden.push(where.name);
	}
	expect(hidden).toEqual([]);
});
