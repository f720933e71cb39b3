import { dateFormat, numberFormat } from '$lib/intl-formats';
import { getLocale } from '$lib/paraglide/runtime';

const tag = () => (getLocale() === 'fr' ? 'fr-FR' : 'en-GB');

/** 123456 cents → "1 234,56 €" in French, "€1,234.56" in English. */
export function formatMoney(cents: number): string {
	return numberFormat(tag(), { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/**
 * A calendar date ("2026-11-23") is shown as is; an instant is shown as the day it is in the
 * organisation's time zone. Both as "23/11/2026".
 */
export function formatDate(value: string | Date, timeZone = 'Europe/Paris'): string {
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
