import { dateFormat, numberFormat } from '$lib/intl-formats';
import { getLocale } from '$lib/paraglide/runtime';

const tag = () => (getLocale() === 'fr' ? 'fr-FR' : 'en-GB');

/** 10000 → "10 000" in French, "10,000" in English. */
export function formatCount(n: number): string {
	return numberFormat(tag(), {}).format(n);
}

/** 123456 cents → "1 234,56 €" in French, "€1,234.56" in English. */
export function formatMoney(cents: number): string {
	return numberFormat(tag(), { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/**
 * A calendar date ("2026-11-23") is shown as is; an instant is shown as the day it is in the
 * organisation's time zone. Both as "23/11/2026".
 */
export function formatDate(value: string | Date, timeZone = 'Europe/Paris'): string {
	// Both languages write a day as 23/11/2026: a calendar date needs no Intl, whose first
	// formatter costs a phone tens of milliseconds of its start.
	if (typeof value === 'string' && CALENDAR_DATE.test(value))
		return `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}`;
	const date = typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value;
	return dayFormat(tag(), typeof value === 'string' ? 'UTC' : timeZone).format(date);
}

/** A list formats a date per row: its formatter is found by two strings, not by its options written out. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
	const key = `${locale}|${timeZone}`;
	let format = dayFormats.get(key);
	if (!format)
		dayFormats.set(key, (format = dateFormat(locale, { timeZone, day: '2-digit', month: '2-digit', year: 'numeric' })));
	return format;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

const two = (n: number) => String(n).padStart(2, '0');

/**
 * An instant as the phone's clock shows it, "06/12/2026 10:15" ("06/12/2026, 10:15" in English),
 * written by hand for the same reason as a calendar date: the sync bar shows it on every screen.
 */
export function formatPhoneTime(value: Date): string {
	const day = `${two(value.getDate())}/${two(value.getMonth() + 1)}/${value.getFullYear()}`;
	return `${day}${getLocale() === 'fr' ? '' : ','} ${two(value.getHours())}:${two(value.getMinutes())}`;
}
