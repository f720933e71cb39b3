import type { Db } from '../../src/lib/server/db/types';
import { debtors, memberships, organisations, users } from '../../src/lib/server/db/schema';
import { hashPassword } from '../../src/lib/server/auth/passwords';
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
