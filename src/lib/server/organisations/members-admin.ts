import { and, eq, sql } from 'drizzle-orm';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import type { Db } from '../db';
import { memberships, sessions, users } from '../db/schema';
import { hashPassword } from '../auth/passwords';
import { countAdmins } from './memberships';
import type { Role } from '$lib/roles';

export type AddMemberResult =
	| { kind: 'created'; email: string; temporaryPassword: string }
	| { kind: 'added'; email: string }
	| { kind: 'already_member' };

/**
 * An admin adds a person by email: an existing account joins the organisation; otherwise an
 * account is created with a temporary password that the admin passes on once.
 */
export async function addMember(
	db: Db,
	organisationId: string,
	input: { email: string; name: string; role: Role }
): Promise<AddMemberResult> {
	const email = input.email.trim().toLowerCase();
	return db.transaction(async (tx) => {
		const [existing] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email}`);
		if (existing) {
			const inserted = await tx
				.insert(memberships)
				.values({ userId: existing.id, organisationId, role: input.role })
				.onConflictDoNothing()
				.returning({ userId: memberships.userId });
			return inserted.length ? { kind: 'added', email } : { kind: 'already_member' };
		}
		const temporaryPassword = encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(10)));
		const [user] = await tx
			.insert(users)
			.values({ email, name: input.name, passwordHash: await hashPassword(temporaryPassword) })
			.returning({ id: users.id });
		await tx.insert(memberships).values({ userId: user.id, organisationId, role: input.role });
		return { kind: 'created', email, temporaryPassword };
	});
}

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
		// A removed member's sessions must not keep pointing at this organisation.
		await tx
			.update(sessions)
			.set({ activeOrganisationId: null })
			.where(and(eq(sessions.userId, userId), eq(sessions.activeOrganisationId, organisationId)));
		return 'ok';
	});
}
