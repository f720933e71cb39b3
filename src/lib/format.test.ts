import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatPhoneTime } from '$lib/format';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';

/** Restored after each test: the test files of a worker share the runtime. */
const asRunning = getLocale;

const asIntlWrites = (tag: string, day: string) =>
	new Intl.DateTimeFormat(tag, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
		new Date(`${day}T00:00:00Z`)
	);

describe('dates shown', () => {
	afterEach(() => overwriteGetLocale(asRunning));

	it('writes a calendar date as Intl does in French and in English, every day of a leap year', () => {
		const days = Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(2028, 0, 1 + i)).toISOString().slice(0, 10));
		for (const [locale, tag] of [
			['fr', 'fr-FR'],
			['en', 'en-GB']
		] as const) {
			overwriteGetLocale(() => locale);
			expect(days.map((d) => formatDate(d))).toEqual(days.map((d) => asIntlWrites(tag, d)));
		}
		overwriteGetLocale(() => 'fr');
		expect(formatDate('2026-11-23')).toBe('23/11/2026');
	});

	it("writes an instant as the day it is in the organisation's time zone", () => {
		overwriteGetLocale(() => 'fr');
		// 23:30 UTC on the 22nd is already the 23rd in Paris, still the 22nd in New York.
		expect(formatDate(new Date('2026-11-22T23:30:00Z'))).toBe('23/11/2026');
		expect(formatDate(new Date('2026-11-22T23:30:00Z'), 'America/New_York')).toBe('22/11/2026');
	});

	it("writes the phone's time as Intl's short date and time do in French and English", () => {
		const instants = Array.from({ length: 200 }, (_, i) => new Date(Date.UTC(2026, 0, 1) + i * 765_432_107));
		for (const [locale, tag] of [
			['fr', 'fr-FR'],
			['en', 'en-GB']
		] as const) {
			overwriteGetLocale(() => locale);
			const intl = new Intl.DateTimeFormat(tag, { dateStyle: 'short', timeStyle: 'short' });
			expect(instants.map(formatPhoneTime)).toEqual(instants.map((d) => intl.format(d)));
		}
	});
});
