import { and, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { memberships, sessions } from '../db/schema';
import { countAdmins } from '../auth/memberships';
import { revokeInvitationsOf } from './invitations';
import type { Role } from '$lib/roles';

export type MemberChange = 'ok' | 'not_found' | 'last_admin';

export async function changeRole(db: Db, organisationId: string, userId: string, role: Role): Promise<MemberChange> {
	return db.transaction(async (tx) => {
		const [current] = await tx
			.select({ role: memberships.role })
			.from(memberships)
			.where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)))
			.for('update');
		if (!current) return 'not_found';
		if (current.role === 'admin' && role !== 'admin' && (await countAdmins(tx, organisationId)) <= 1)
			return 'last_admin';
		await tx
			.update(memberships)
			.set({ role })
			.where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
		return 'ok';
	});
}

export async function removeMember(db: Db, organisationId: string, userId: string): Promise<MemberChange> {
	return db.transaction(async (tx) => {
		const [current] = await tx
			.select({ role: memberships.role })
			.from(memberships)
			.where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)))
			.for('update');
		if (!current) return 'not_found';
		if (current.role === 'admin' && (await countAdmins(tx, organisationId)) <= 1) return 'last_admin';
		await tx
			.delete(memberships)
			.where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
		await revokeInvitationsOf(tx, organisationId, userId);
		// A removed member's sessions must not keep pointing at this organisation.
		await tx
			.update(sessions)
			.set({ activeOrganisationId: null })
			.where(and(eq(sessions.userId, userId), eq(sessions.activeOrganisationId, organisationId)));
		return 'ok';
	});
}
