import { isCalendarDate } from '$lib/dates';

/** Spaces French numbers use between thousands, including the non-breaking ones spreadsheets write. */
const SPACES = /[\s\u00a0\u202f]/g;

/**
 * An amount as written in a French (or English) file, in cents: "1 234,56", "1234.56",
 * "1.234,56 €". A number with more than two decimals is refused rather than rounded.
 */
export function parseAmount(raw: string): number | null {
	let v = raw.replace(SPACES, '').replace(/€$/, '');
	if (!v) return null;
	if (v.includes(',')) v = v.replace(/\./g, '').replace(',', '.');
	const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(v);
	if (!match) return null;
	const cents = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
	if (!Number.isSafeInteger(cents)) return null;
	return match[1] ? -cents : cents;
}

/** A date as "23/11/2026", "23-11-26", "23.11.2026" or "2026-11-23", as an ISO calendar date. */
export function parseDate(raw: string): string | null {
	const v = raw.trim();
	let iso: string | null = null;
	const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(v);
	if (french) {
		const year = french[3].length === 2 ? `20${french[3]}` : french[3];
		iso = `${year}-${french[2].padStart(2, '0')}-${french[1].padStart(2, '0')}`;
	} else if (/^\d{4}-\d{2}-\d{2}$/.test(v)) iso = v;
	return iso && isCalendarDate(iso) ? iso : null;
}

const TRUE = new Set(['oui', 'o', 'x', '1', 'vrai', 'true', 'yes', 'y']);
const FALSE = new Set(['non', 'n', '', '0', 'faux', 'false', 'no']);

export function parseBoolean(raw: string): boolean | null {
	const v = raw.trim().toLowerCase();
	if (TRUE.has(v)) return true;
	if (FALSE.has(v)) return false;
	return null;
}

/** Our CSV exports (and workbooks exported before) neutralise a leading = + - @ with an apostrophe: reading one back removes it. */
export function unneutralise(raw: string): string {
	return /^'[=+\-@]/.test(raw) ? raw.slice(1) : raw;
}
