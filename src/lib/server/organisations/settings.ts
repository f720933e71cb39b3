import { eq, sql } from 'drizzle-orm';
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
	await db.transaction(async (tx) => {
		const [before] = await tx
			.select({ fourEyes: organisations.forbidSelfApproval })
			.from(organisations)
			.where(eq(organisations.id, organisationId))
			.for('update');
		await tx.update(organisations).set(values).where(eq(organisations.id, organisationId));
		// Phones know, per pending reminder, whether their person may approve it: they must hear
		// of the rule's change, though no reminder itself changed.
		if (before && before.fourEyes !== values.forbidSelfApproval)
			await tx.execute(sql`
				insert into sync_changes (kind, entity_id, organisation_id, txid)
				select 'reminder', id, organisation_id, pg_current_xact_id()::text::bigint
				from reminders where organisation_id = ${organisationId} and status = 'pending_validation'
				on conflict (kind, entity_id) do update set txid = excluded.txid, organisation_id = excluded.organisation_id`);
	});
}

/** What an email that bounced for good falls back to (delivery/fallback.ts). */
export async function updateBounceFallback(
	db: Db,
	organisationId: string,
	bounceFallback: BounceFallback
): Promise<void> {
	await db.update(organisations).set({ bounceFallback }).where(eq(organisations.id, organisationId));
}

/** Its admins without a second factor are sent to turn it on at their next request (hooks/two_factor.ts). */
export async function updateAdminTwoFactor(
	db: Db,
	organisationId: string,
	requireAdminTwoFactor: boolean
): Promise<void> {
	await db.update(organisations).set({ requireAdminTwoFactor }).where(eq(organisations.id, organisationId));
}
