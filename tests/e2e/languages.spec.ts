import { expect, test, type BrowserContext, type Page } from '@playwright/test';

/**
 * Every page each role reaches, read in English then in French: no French left in the English
 * interface, no English in the French one. What people typed or imported (names, addresses,
 * template texts, typed reasons) is data, marked `translate="no"` or with its own `lang`, and
 * is not read; the interface around it is.
 */

const ROLES = ['admin', 'gestionnaire', 'valideur', 'agent'] as const;

/** Words and signs that only French interface text has: whole words, any case. */
const FRENCH = [
	'le', 'la', 'les', 'des', 'du', 'une', 'est', 'et', 'pour', 'avec', 'sur', 'dans', 'aucun', 'aucune', 'au', 'aux',
	'relance', 'relances', 'débiteur', 'débiteurs', 'facture', 'factures', 'montant', 'échéance', 'compte', 'heure',
	'enregistrer', 'annuler', 'supprimer', 'valider', 'envoyer', 'modifier', 'ajouter', 'retour', 'rechercher',
	'courrier', 'courriers', 'modèle', 'modèles', 'réglages', 'jours', 'aujourd', 'nouveau', 'nouvelle', 'envoi', 'envois'
];
/** Letters English never uses; « é » is in French words only, once data is set aside. */
const FRENCH_LETTERS = /[éèêàùçôîœÉÈÀ«»]/;
const ENGLISH = [
	'the', 'and', 'of', 'with', 'reminder', 'reminders', 'debtor', 'debtors', 'invoice', 'invoices', 'save', 'cancel',
	'delete', 'search', 'settings', 'submit', 'edit', 'none', 'loading', 'send', 'today', 'amount', 'due', 'back', 'new',
	'approve', 'letter', 'letters', 'account', 'more', 'sent', 'failed', 'field', 'fields', 'step', 'undefined', 'null', 'NaN'
];
/** Raw codes that a label should have replaced, in either language. */
const CODES = /\b(delivery_[a-z_]+|to_review|to_check|pending_validation|fallback_[a-z]+|[a-z]+_[a-z_]+\(\))\b|\(s\)/;

const wordsPattern = (words: string[]) => new RegExp(`(?<![\\p{L}\\d_@.-])(${words.join('|')})(?![\\p{L}\\d_@-])`, 'iu');

/** Fixed pages, then one of each detail page found by following links from them. */
const ENTRY_PAGES = ['/plus', '/aujourdhui', '/a-valider', '/relances', '/debiteurs', '/compte'];

async function login(page: Page, who: string) {
	await page.goto('/login');
	await page.getByLabel(/Adresse e-mail|Email address/).fill(`${who}@demo.relance.fr`);
	await page.getByLabel(/Mot de passe|Password/).fill('relance-demo');
	await page.getByRole('button', { name: /Se connecter|Log in/ }).click();
	await page.waitForURL(/\/(aujourdhui|a-valider)$/);
}

async function useLocale(context: BrowserContext, baseURL: string, locale: 'fr' | 'en') {
	await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: locale, url: baseURL }]);
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
			texts.push(text);
		}
		for (const el of document.body.querySelectorAll('[placeholder], [aria-label], [title], input[type="submit"][value]')) {
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

async function walk(page: Page, locale: 'fr' | 'en'): Promise<Record<string, string[]>> {
	const found: Record<string, string[]> = {};
	const seen = new Set<string>();
	const queue = [...ENTRY_PAGES];
	while (queue.length) {
		const path = queue.shift()!;
		if (seen.has(shape(path)) || NOT_PAGES.test(path)) continue;
		seen.add(shape(path));
		const response = await page.goto(path);
		if (!response || !response.headers()['content-type']?.includes('text/html')) continue;
		// A page the role may not see answers 403/404 in the interface's language too.
		const bad = leaks(await interfaceText(page, locale), locale);
		if (bad.length) found[path] = [...new Set(bad)].map((t) => t.slice(0, 120));
		// One level of detail pages below the entry pages and the « Plus » page's links.
		if (ENTRY_PAGES.includes(path) || path.split('/').length <= 3)
			for (const link of await links(page)) if (!seen.has(shape(link))) queue.push(link);
	}
	expect(seen.size, 'pages walked').toBeGreaterThan(8);
	return found;
}

for (const who of ROLES) {
	test(`${who}: every page in English has no French, in French no English`, async ({ page, context, baseURL }) => {
		test.setTimeout(120_000);
		await login(page, who);
		await useLocale(context, baseURL!, 'en');
		const english = await walk(page, 'en');
		await useLocale(context, baseURL!, 'fr');
		const french = await walk(page, 'fr');
		expect({ english, french }).toEqual({ english: {}, french: {} });
	});
}
