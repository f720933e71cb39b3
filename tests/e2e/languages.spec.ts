import { devices, expect, test, type Page } from '@playwright/test';

/**
 * Every page each role reaches, read in English then in French: no French left in the English
 * interface, no English in the French one. What people typed or imported (names, addresses,
 * template texts, typed reasons) is data, marked `translate="no"` or with its own `lang`, and
 * is not read; the interface around it is.
 */

const ROLES = ['admin', 'gestionnaire', 'valideur', 'agent'] as const;

/** Words and signs that only French interface text has: whole words, any case. */
const FRENCH = [
	'le',
	'la',
	'les',
	'des',
	'du',
	'une',
	'est',
	'et',
	'pour',
	'avec',
	'sur',
	'dans',
	'aucun',
	'aucune',
	'au',
	'aux',
	'relance',
	'relances',
	'débiteur',
	'débiteurs',
	'facture',
	'factures',
	'montant',
	'échéance',
	'compte',
	'heure',
	'enregistrer',
	'annuler',
	'supprimer',
	'valider',
	'envoyer',
	'modifier',
	'ajouter',
	'retour',
	'rechercher',
	'courrier',
	'courriers',
	'modèle',
	'modèles',
	'réglages',
	'jours',
	'aujourd',
	'nouveau',
	'nouvelle',
	'envoi',
	'envois'
];
/** Letters English never uses; « é » is in French words only, once data is set aside. */
const FRENCH_LETTERS = /[éèêàùçôîœÉÈÀ«»]/;
const ENGLISH = [
	'the',
	'and',
	'of',
	'with',
	'reminder',
	'reminders',
	'debtor',
	'debtors',
	'invoice',
	'invoices',
	'save',
	'cancel',
	'delete',
	'search',
	'settings',
	'submit',
	'edit',
	'none',
	'loading',
	'send',
	'today',
	'amount',
	'due',
	'back',
	'new',
	'approve',
	'letter',
	'letters',
	'account',
	'more',
	'sent',
	'failed',
	'field',
	'fields',
	'step',
	'undefined',
	'null',
	'NaN'
];
/** Raw codes that a label should have replaced, in either language. */
const CODES = /\b(delivery_[a-z_]+|to_review|to_check|pending_validation|fallback_[a-z]+|[a-z]+_[a-z_]+\(\))\b|\(s\)/;

const wordsPattern = (words: string[]) =>
	new RegExp(`(?<![\\p{L}\\d_@.-])(${words.join('|')})(?![\\p{L}\\d_@-])`, 'iu');

/** Fixed pages, then one of each detail page found by following links from them. */
const ENTRY_PAGES = ['/plus', '/aujourdhui', '/a-valider', '/relances', '/debiteurs', '/compte'];

async function login(page: Page, who: string) {
	await page.goto('/login');
	await page.getByLabel(/Adresse e-mail|Email address/).fill(`${who}@demo.relance.fr`);
	await page.getByLabel(/Mot de passe|Password/).fill('relance-demo');
	await page.getByRole('button', { name: /Se connecter|Log in/ }).click();
	await page.waitForURL(/\/(aujourdhui|a-valider)$/);
}

/** As a person does: the button on « Mon compte », which also drops the pages saved in the old language. */
async function useLocale(page: Page, locale: 'fr' | 'en') {
	await page.goto('/compte');
	await page.getByRole('button', { name: locale === 'en' ? 'English' : 'Français' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

/** A path's shape: ids and queries folded, so that one debtor stands for all. */
const shape = (path: string) => path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id').replace(/\?.*$/, '');

const NOT_PAGES = /^\/(logout|langue|api\/)|\.(csv|xlsx|pdf|json|zip)$|\/(pdf|telecharger|fichier)(\/|$)/;

async function links(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
			.filter((a) => !a.hasAttribute('download') && a.origin === location.origin)
			.map((a) => a.pathname + a.search)
	);
}

/**
 * The interface's own text: visible text nodes, labels and placeholders, outside data. Data
 * quoted in a label or the title (« Edit Martin Claire ») is taken out of it first.
 */
async function interfaceText(page: Page, locale: string): Promise<string[]> {
	return page.evaluate((locale) => {
		const DATA = `[translate="no"], [lang]:not([lang="${locale}"])`;
		const isData = (el: Element | null) => !!el?.closest(`${DATA}, script, style, noscript, template`);
		const data = [...document.querySelectorAll(DATA)]
			.map((el) => el.textContent?.trim() ?? '')
			.filter((t) => t.length > 1)
			.sort((a, b) => b.length - a.length);
		const withoutData = (text: string) => data.reduce((t, d) => t.split(d).join(' '), text);
		const texts: string[] = [withoutData(document.title)];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			const text = node.textContent?.trim();
			if (!text || !parent || isData(parent)) continue;
			if (parent.tagName !== 'OPTION' && !parent.checkVisibility({ visibilityProperty: true })) continue;
			texts.push(withoutData(text));
		}
		for (const el of document.body.querySelectorAll(
			'[placeholder], [aria-label], [title], input[type="submit"][value]'
		)) {
			if (isData(el)) continue;
			for (const name of ['placeholder', 'aria-label', 'title']) {
				const value = el.getAttribute(name);
				if (value) texts.push(withoutData(value));
			}
			if (el instanceof HTMLInputElement && el.type === 'submit') texts.push(el.value);
		}
		return texts.map((t) => t.trim()).filter(Boolean);
	}, locale);
}

/** The product's name, « Relance », is the same in both languages. */
const BRAND = /(?<!\p{L})Relance(?!\p{L})/gu;

function leaks(texts: string[], locale: 'fr' | 'en'): string[] {
	const words = wordsPattern(locale === 'en' ? FRENCH : ENGLISH);
	return texts.filter((text) => {
		const t = text.replace(BRAND, '');
		return words.test(t) || CODES.test(t) || (locale === 'en' && FRENCH_LETTERS.test(t));
	});
}

async function walk(page: Page, locale: 'fr' | 'en'): Promise<{ found: Record<string, string[]>; seen: Set<string> }> {
	const found: Record<string, string[]> = {};
	const seen = new Set<string>();
	const queue = [...ENTRY_PAGES];
	while (queue.length) {
		const path = queue.shift()!;
		if (seen.has(shape(path)) || NOT_PAGES.test(path)) continue;
		seen.add(shape(path));
		const response = await page.goto(path, { waitUntil: 'domcontentloaded' });
		if (!response || !response.headers()['content-type']?.includes('text/html')) continue;
		// A page the role may not see answers 403/404 in the interface's language too.
		const bad = leaks(await interfaceText(page, locale), locale);
		if (bad.length) found[path] = [...new Set(bad)].map((t) => t.slice(0, 120));
		// One level of detail pages below the entry pages and the « Plus » page's links.
		if (ENTRY_PAGES.includes(path) || path.split('/').length <= 3)
			for (const link of await links(page)) if (!seen.has(shape(link))) queue.push(link);
	}
	return { found, seen };
}

/** Detail pages each role must have reached through the links, so that the walk is a walk. */
const DETAILS: Record<(typeof ROLES)[number], string[]> = {
	admin: [
		'/debiteurs/:id',
		'/debiteurs/:id/contacts/:id',
		'/debiteurs/:id/factures/nouvelle',
		'/relances/:id',
		'/modeles/:id',
		'/reglages/scenarios/:id',
		'/reglages/formats',
		'/importer',
		'/exporter'
	],
	gestionnaire: [
		'/debiteurs/:id',
		'/debiteurs/:id/modifier',
		'/relances/:id',
		'/relances/:id/modifier',
		'/modeles/:id',
		'/importer',
		'/exporter',
		'/avant-envoi'
	],
	valideur: ['/debiteurs/:id', '/a-valider', '/relances/:id'],
	agent: ['/debiteurs/:id', '/relances/:id', '/exporter']
};

/**
 * A reminder to open, with its history, whatever ran before: an admin writes one for a month
 * from now (nothing leaves meanwhile), from the first template, to the first contact's email.
 */
test.beforeAll(async ({ browser }) => {
	const context = await browser.newContext({ ...devices['Pixel 7'], baseURL: test.info().project.use.baseURL });
	const page = await context.newPage();
	await login(page, 'admin');
	await page.goto('/relances');
	if (!(await page.locator('a[href^="/relances/"].row-link').count())) {
		await page.goto('/debiteurs');
		const debtor = (await page.locator('a.row-link[href^="/debiteurs/"]').first().getAttribute('href'))!.split('/')[2];
		await page.goto(`/relances/nouvelle?debiteur=${debtor}`);
		const template = await page.locator('#modele option').nth(1).getAttribute('value');
		await page.goto(`/relances/nouvelle?debiteur=${debtor}&modele=${template}`);
		await page
			.locator('input[name="sendDate"]')
			.fill(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
		const approval = page.locator('input[name="requiresValidation"][type="checkbox"]');
		if (await approval.count()) await approval.uncheck();
		await page.locator('input[name^="channels_"][value="email"]').first().check();
		await page.locator('button[name="intent"][value="save"]').click();
		await page.waitForURL(/\/relances\/[0-9a-f-]{36}\?cree/);
	}
	await context.close();
});

for (const who of ROLES) {
	test(`${who}: every page in English has no French, in French no English`, async ({ page }) => {
		test.setTimeout(120_000);
		await login(page, who);
		await useLocale(page, 'en');
		const english = await walk(page, 'en');
		await useLocale(page, 'fr');
		const french = await walk(page, 'fr');
		expect(
			DETAILS[who].filter((shape) => !english.seen.has(shape)),
			'pages not reached'
		).toEqual([]);
		expect({ english: english.found, french: french.found }).toEqual({ english: {}, french: {} });
	});
}
