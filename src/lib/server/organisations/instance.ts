import { asc, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db';
import { organisations } from '../db/schema';
import { outer } from '../db/columns';

export interface InstanceOrganisation {
	id: string;
	name: string;
	createdAt: Date;
	suspendedAt: Date | null;
	members: number;
	debtors: number;
}

/** Every agency of the installation, for its administrator: who is there, how big, which are suspended. */
export function listInstanceOrganisations(db: DbOrTx): Promise<InstanceOrganisation[]> {
	return db
		.select({
			id: organisations.id,
			name: organisations.name,
			createdAt: organisations.createdAt,
			suspendedAt: organisations.suspendedAt,
			members: sql<number>`(select count(*)::int from memberships m where m.organisation_id = ${outer(organisations.id)})`,
			debtors: sql<number>`(select count(*)::int from debtors d where d.organisation_id = ${outer(organisations.id)})`
		})
		.from(organisations)
		.orderBy(asc(organisations.name), asc(organisations.id));
}

/**
 * Suspends an agency or lifts its suspension. Suspended, its people see only why, and the
 * scheduler, the scenario runs and the daily summaries pass it by. False when there is no such agency.
 */
export async function setSuspended(db: Db, organisationId: string, suspended: boolean): Promise<boolean> {
	const changed = await db
		.update(organisations)
		.set({ suspendedAt: suspended ? sql`coalesce(${organisations.suspendedAt}, now())` : null })
		.where(eq(organisations.id, organisationId))
		.returning({ id: organisations.id });
	return changed.length > 0;
}
