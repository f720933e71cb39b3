import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { organisations } from '../db/schema';
import type { z } from 'zod';
import type { BounceFallback, organisationSettingsSchema } from '$lib/validation/organisation';

export async function getOrganisationSettings(db: Db, organisationId: string) {
	const [row] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
	return row;
}

export async function updateOrganisationSettings(
	db: Db,
	organisationId: string,
	values: z.output<typeof organisationSettingsSchema>
): Promise<void> {
	await db.update(organisations).set(values).where(eq(organisations.id, organisationId));
}

/** What an email that bounced for good falls back to (delivery/fallback.ts). */
export async function updateBounceFallback(db: Db, organisationId: string, bounceFallback: BounceFallback): Promise<void> {
	await db.update(organisations).set({ bounceFallback }).where(eq(organisations.id, organisationId));
}
