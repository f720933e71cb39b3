import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db';
import { debtorGroups, groups } from '../db/schema';
import { violates } from './unique';

export interface GroupRow {
	id: string;
	name: string;
	debtorCount: number;
}

export async function listGroups(db: DbOrTx, organisationId: string): Promise<GroupRow[]> {
	return db
		.select({
			id: groups.id,
			name: groups.name,
			// Aliased: drizzle leaves a one-table select's columns unqualified.
			debtorCount: sql<number>`(select count(*) from ${debtorGroups} dg where dg.group_id = ${groups}.id)::int`.mapWith(
				Number
			)
		})
		.from(groups)
		.where(eq(groups.organisationId, organisationId))
		.orderBy(asc(groups.name));
}

export type GroupWrite = 'ok' | 'not_found' | 'duplicate_name';

export async function createGroup(db: Db, organisationId: string, name: string): Promise<GroupWrite> {
	return unique(async () => {
		await db.insert(groups).values({ organisationId, name });
		return 'ok';
	});
}

export async function renameGroup(db: Db, organisationId: string, groupId: string, name: string): Promise<GroupWrite> {
	return unique(async () => {
		const renamed = await db
			.update(groups)
			.set({ name })
			.where(and(eq(groups.id, groupId), eq(groups.organisationId, organisationId)))
			.returning({ id: groups.id });
		return renamed.length ? 'ok' : 'not_found';
	});
}

/** Debtors leave the group with it; reminders that named it keep going without a group. */
export async function deleteGroup(db: Db, organisationId: string, groupId: string): Promise<GroupWrite> {
	const deleted = await db
		.delete(groups)
		.where(and(eq(groups.id, groupId), eq(groups.organisationId, organisationId)))
		.returning({ id: groups.id });
	return deleted.length ? 'ok' : 'not_found';
}

async function unique(write: () => Promise<GroupWrite>): Promise<GroupWrite> {
	try {
		return await write();
	} catch (error) {
		if (violates(error, 'groups_org_name_idx')) return 'duplicate_name';
		throw error;
	}
}
