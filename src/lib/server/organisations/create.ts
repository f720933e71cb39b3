import { sql } from 'drizzle-orm';
import type { Db } from '../db';
import { memberships, organisations, users } from '../db/schema';

export interface NewOrganisation {
	name: string;
	timezone?: string;
	/** `passwordHash` when the admin chose his password (a sign-up); none when he is sent a link to choose it. */
	admin: { email: string; name: string; passwordHash?: string };
}

export type CreateOrganisationResult =
	| { kind: 'created'; organisationId: string; userId: string; newAccount: boolean }
	| { kind: 'email_taken' };

/**
 * A new agency and its first admin, all or nothing, and empty: its people bring its debtors.
 * An address that already has an account joins as that account when no password is given (the
 * operator's command); a sign-up, which gives one, may not take over someone else's account.
 */
export async function createOrganisation(db: Db, input: NewOrganisation): Promise<CreateOrganisationResult> {
	const email = input.admin.email.trim().toLowerCase();
	const passwordHash = input.admin.passwordHash ?? null;
	return db.transaction(async (tx) => {
		const [existing] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email}`);
		if (existing && passwordHash) return { kind: 'email_taken' } as const;
		const [organisation] = await tx
			.insert(organisations)
			.values({ name: input.name.trim(), ...(input.timezone ? { timezone: input.timezone } : {}) })
			.returning({ id: organisations.id });
		// Without a password yet, the account takes an unusable one: its owner sets his own by the link he is sent.
		const userId =
			existing?.id ??
			(
				await tx
					.insert(users)
					.values({ email, name: input.admin.name.trim(), passwordHash: passwordHash ?? `!unset:${crypto.randomUUID()}` })
					.returning({ id: users.id })
			)[0].id;
		await tx.insert(memberships).values({ userId, organisationId: organisation.id, role: 'admin' });
		return { kind: 'created', organisationId: organisation.id, userId, newAccount: !existing } as const;
	});
}
