import type { Db } from '../../src/lib/server/db/types';
import { sql } from 'drizzle-orm';
import {
	contacts,
	debtorGroups,
	debtors,
	groups,
	invitations,
	invoices,
	memberships,
	organisations,
	passwordResets,
	users
} from '../../src/lib/server/db/schema';
import { hashPassword } from '../../src/lib/server/auth/passwords';
import { newLinkToken } from '../../src/lib/server/auth/tokens';
import type { Role } from '../../src/lib/roles';

export async function makeOrganisation(db: Db, name = 'Agence Test') {
	const [org] = await db.insert(organisations).values({ name }).returning();
	return org;
}

let cachedHash: Promise<string> | undefined;
export const TEST_PASSWORD = 'correct horse battery';

/** Users share one precomputed hash: argon2 is deliberately slow and tests make many users. */
export async function makeUser(db: Db, organisationId: string | null, role: Role = 'manager', email?: string) {
	cachedHash ??= hashPassword(TEST_PASSWORD);
	const [user] = await db
		.insert(users)
		.values({
			email: email ?? `${role}-${crypto.randomUUID().slice(0, 8)}@example.test`,
			name: `Test ${role}`,
			passwordHash: await cachedHash
		})
		.returning();
	if (organisationId) await db.insert(memberships).values({ userId: user.id, organisationId, role });
	return user;
}

export async function makeDebtor(db: Db, organisationId: string, name = 'Débiteur Test') {
	const [debtor] = await db
		.insert(debtors)
		.values({ organisationId, name, accountNumber: `LOC-${crypto.randomUUID().slice(0, 6)}` })
		.returning();
	return debtor;
}

export async function makeContact(
	db: Db,
	organisationId: string,
	debtorId: string,
	values: Partial<typeof contacts.$inferInsert> = {}
) {
	const [contact] = await db
		.insert(contacts)
		.values({
			organisationId,
			debtorId,
			civility: 'Mme',
			firstName: 'Hélène',
			lastName: "O'Brien",
			email: 'helene.obrien@example.test',
			mobilePhone: '+33612345678',
			addressLine1: '3 rue des Lilas',
			postalCode: '69003',
			city: 'Lyon',
			consentEmail: true,
			consentSms: true,
			consentLetter: true,
			...values
		})
		.returning();
	return contact;
}

export async function makeGroup(db: Db, organisationId: string, name: string, debtorIds: string[] = []) {
	const [group] = await db.insert(groups).values({ organisationId, name }).returning();
	if (debtorIds.length)
		await db.insert(debtorGroups).values(debtorIds.map((debtorId) => ({ debtorId, groupId: group.id })));
	return group;
}

export async function makeInvoice(
	db: Db,
	organisationId: string,
	debtorId: string,
	values: Partial<typeof invoices.$inferInsert> = {}
) {
	const [invoice] = await db
		.insert(invoices)
		.values({
			organisationId,
			debtorId,
			number: `F-${crypto.randomUUID().slice(0, 8)}`,
			issueDate: '2026-10-01',
			dueDate: '2026-10-11',
			amountCents: 85_000,
			...values
		})
		.returning();
	return invoice;
}

/** An open invitation, as its email would carry it: the token of its link. */
export async function makeInvitation(db: Db, organisationId: string, email: string, role: Role = 'agent') {
	const { token, hash } = newLinkToken();
	await db
		.insert(invitations)
		.values({ organisationId, email, role, tokenHash: hash, expiresAt: sql`now() + interval '7 days'` });
	return token;
}

/** A working password reset link of the user: the token of its link. */
export async function makeResetLink(db: Db, userId: string) {
	const { token, hash } = newLinkToken();
	await db.insert(passwordResets).values({ tokenHash: hash, userId, expiresAt: sql`now() + interval '1 hour'` });
	return token;
}
