import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../db';
import { organisations } from '../db/schema';
import type { sendingDaysSchema } from '$lib/validation/organisation';
import { holidayCountries, holidayRegions, isKnownRegion } from '../delivery/holidays';

/** The section's values, with the offered countries and each one's regions as the library names them. */
export async function sendingDaysSettings(db: DbOrTx, organisationId: string, language: string) {
	const [row] = await db
		.select({
			skipHolidays: organisations.skipHolidays,
			country: organisations.country,
			holidayRegion: organisations.holidayRegion
		})
		.from(organisations)
		.where(eq(organisations.id, organisationId));
	const countries = holidayCountries(language);
	return {
		values: row,
		countries,
		regions: Object.fromEntries(countries.map((c) => [c.code, holidayRegions(c.code, language)]))
	};
}

/** Saves the section; a region of another country is refused (the form may have kept the old country's list). */
export async function updateSendingDays(
	db: DbOrTx,
	organisationId: string,
	values: z.output<typeof sendingDaysSchema>
): Promise<'saved' | 'unknown_region'> {
	if (!isKnownRegion(values.country, values.holidayRegion)) return 'unknown_region';
	await db.update(organisations).set(values).where(eq(organisations.id, organisationId));
	return 'saved';
}
