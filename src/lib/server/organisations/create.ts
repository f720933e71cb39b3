import { sql } from 'drizzle-orm';
import type { Db } from '../db';
import { memberships, organisations, users } from '../db/schema';
import { invite, type InvitationSending } from './invitations';

export type CreateOrganisationResult =
	{ kind: 'created'; organisationId: string; userId: string } | { kind: 'email_taken' };

/**
 * A sign-up: a new agency, empty (its people bring its debtors), and its first admin with the
 * password he chose, all or nothing. An address that already has an account is refused: a
 * sign-up may not take over someone else's account.
 */
export async function createOrganisation(
	db: Db,
	input: { name: string; timezone?: string; admin: { email: string; name: string; passwordHash: string } }
): Promise<CreateOrganisationResult> {
	const email = input.admin.email.trim().toLowerCase();
	return db.transaction(async (tx) => {
		const [existing] = await tx
			.select({ id: users.id })
			.from(users)
			.where(sql`lower(${users.email}) = ${email}`);
		if (existing) return { kind: 'email_taken' } as const;
		const organisationId = await insertOrganisation(tx, input);
		const [user] = await tx
			.insert(users)
			.values({ email, name: input.admin.name.trim(), passwordHash: input.admin.passwordHash })
			.returning({ id: users.id });
		await tx.insert(memberships).values({ userId: user.id, organisationId, role: 'admin' });
		return { kind: 'created', organisationId, userId: user.id } as const;
	});
}

/**
 * The operator's way: a new agency, empty, whose first admin is invited by email like anyone
 * else (an address with an account joins as that account). Nobody chooses his password for him.
 */
export async function openOrganisation(
	db: Db,
	input: { name: string; timezone?: string; adminEmail: string },
	origin: string
): Promise<{ organisationId: string; invitation: InvitationSending }> {
	const organisationId = await insertOrganisation(db, input);
	return {
		organisationId,
		invitation: await invite(db, organisationId, { email: input.adminEmail, role: 'admin' }, origin)
	};
}

async function insertOrganisation(db: Pick<Db, 'insert'>, input: { name: string; timezone?: string }): Promise<string> {
	const [organisation] = await db
		.insert(organisations)
		.values({ name: input.name.trim(), ...(input.timezone ? { timezone: input.timezone } : {}) })
		.returning({ id: organisations.id });
	return organisation.id;
}

/** Makes an existing account the installation's administrator, or not; false when there is no such account. */
export async function setInstanceAdmin(db: Db, email: string, on: boolean): Promise<boolean> {
	const changed = await db
		.update(users)
		.set({ isInstanceAdmin: on })
		.where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`)
		.returning({ id: users.id });
	return changed.length > 0;
}
