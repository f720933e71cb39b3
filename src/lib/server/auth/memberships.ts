import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db';
import { memberships, organisations, sessions, users } from '../db/schema';
import type { Role } from '$lib/roles';

export interface ActiveOrganisation {
	id: string;
	name: string;
	role: Role;
	/** Its people may only read why, and switch to another of their organisations. */
	suspended: boolean;
	/** Its admins must have a second factor on (hooks/two_factor.ts). */
	requireAdminTwoFactor: boolean;
}

export async function listUserOrganisations(db: DbOrTx, userId: string): Promise<ActiveOrganisation[]> {
	return db
		.select({
			id: organisations.id,
			name: organisations.name,
			role: memberships.role,
			suspended: sql<boolean>`${organisations.suspendedAt} is not null`,
			requireAdminTwoFactor: organisations.requireAdminTwoFactor
		})
		.from(memberships)
		.innerJoin(organisations, eq(memberships.organisationId, organisations.id))
		.where(eq(memberships.userId, userId))
		.orderBy(asc(organisations.name));
}

/** The session's organisation while the user is still a member of it, else his first one. */
export async function resolveActiveOrganisation(
	db: DbOrTx,
	userId: string,
	preferredId: string | null
): Promise<ActiveOrganisation | null> {
	return pickActiveOrganisation(await listUserOrganisations(db, userId), preferredId);
}

export function pickActiveOrganisation(
	all: ActiveOrganisation[],
	preferredId: string | null
): ActiveOrganisation | null {
	return all.find((o) => o.id === preferredId) ?? all[0] ?? null;
}

/** Returns false when the user is not a member: the caller answers 404, as for any foreign id. */
export async function switchOrganisation(
	db: Db,
	sessionId: string,
	userId: string,
	organisationId: string
): Promise<boolean> {
	const [membership] = await db
		.select({ role: memberships.role })
		.from(memberships)
		.where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)));
	if (!membership) return false;
	await db.update(sessions).set({ activeOrganisationId: organisationId }).where(eq(sessions.id, sessionId));
	return true;
}

export interface Member {
	userId: string;
	name: string;
	email: string;
	role: Role;
}

export async function listMembers(db: DbOrTx, organisationId: string): Promise<Member[]> {
	return db
		.select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
		.from(memberships)
		.innerJoin(users, eq(memberships.userId, users.id))
		.where(eq(memberships.organisationId, organisationId))
		.orderBy(asc(users.name));
}

export async function countAdmins(db: DbOrTx, organisationId: string): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(memberships)
		.where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, 'admin')));
	return Number(row.n);
}
