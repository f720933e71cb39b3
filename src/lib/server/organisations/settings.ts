import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { organisations } from '../db/schema';
import type { z } from 'zod';
import type { organisationSettingsSchema } from '$lib/validation/organisation';

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
