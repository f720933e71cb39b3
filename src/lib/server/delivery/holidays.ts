import Holidays from 'date-holidays';
import { HOLIDAY_COUNTRIES } from '$lib/validation/organisation';

export interface HolidayCalendar {
	/** ISO country code, and a region of it as the library names them ('' for the whole country). */
	country: string;
	holidayRegion: string;
	/** Public holidays are not sending days; off, they are days like the others. */
	skipHolidays: boolean;
}

// Building a calendar parses the library's rules for the country: once per country, region and language.
const calendars = new Map<string, Holidays>();

function calendarOf(country: string, region: string, language: string): Holidays {
	const key = `${country}|${region}|${language}`;
	let calendar = calendars.get(key);
	if (!calendar) {
		calendar = region
			? new Holidays(country, region, { languages: [language], types: ['public'] })
			: new Holidays(country, { languages: [language], types: ['public'] });
		calendars.set(key, calendar);
	}
	return calendar;
}

/**
 * The public holiday on this calendar day (YYYY-MM-DD, the organisation's own), by name, or null.
 * Only the public ones count: bank holidays and observances are working days.
 */
export function publicHoliday(isoDay: string, calendar: HolidayCalendar, language = 'fr'): string | null {
	if (!calendar.skipHolidays) return null;
	const found = calendarOf(calendar.country, calendar.holidayRegion, language).isHoliday(isoDay);
	const holiday = found ? found.find((h) => h.type === 'public') : undefined;
	return holiday?.name ?? null;
}

/** The offered countries with their names in the reader's language. */
export function holidayCountries(language: string): { code: string; name: string }[] {
	const names = new Holidays().getCountries(language);
	return HOLIDAY_COUNTRIES.map((code) => ({ code, name: names[code] ?? code }));
}

/** A country's regions that have holidays of their own, by name. */
export function holidayRegions(country: string, language: string): { code: string; name: string }[] {
	const states = new Holidays().getStates(country, language) ?? {};
	return Object.entries(states)
		.map(([code, name]) => ({ code, name }))
		.sort((a, b) => a.name.localeCompare(b.name, language));
}

export function isKnownRegion(country: string, region: string): boolean {
	return region === '' || holidayRegions(country, 'fr').some((r) => r.code === region);
}
