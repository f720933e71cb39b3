import { sql } from 'drizzle-orm';
import type { Db } from '../db';
import { twoFactor, users } from '../db/schema';
import { verifyAgainstNothing, verifyPassword } from './passwords';
import { clearFailures, recordFailure, secondsLocked, throttleKeys } from './throttle';

export type LoginOutcome =
	| { ok: true; userId: string; secondFactor: boolean }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export async function attemptLogin(db: Db, email: string, password: string, address: string): Promise<LoginOutcome> {
	const keys = throttleKeys(email, address);
	const wait = await secondsLocked(db, keys);
	if (wait > 0) return { ok: false, reason: 'throttled', retryAfterSeconds: wait };

	const [user] = await db
		.select({
			id: users.id,
			passwordHash: users.passwordHash,
			secondFactor: sql<boolean>`exists(select 1 from ${twoFactor} where ${twoFactor.userId} = ${users.id} and ${twoFactor.enabledAt} is not null)`
		})
		.from(users)
		.where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
	const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstNothing(password);
	if (!user || !valid) {
		await recordFailure(db, keys);
		return { ok: false, reason: 'invalid' };
	}
	// With a second factor to come, the count stays until it is given: else each right password
	// would wipe the failed codes and let a thief who knows it guess codes without end.
	if (user.secondFactor) return { ok: true, userId: user.id, secondFactor: true };
	// The address keeps its count: others behind it may still be guessing.
	for (const key of keys) if (key.kind !== 'address') await clearFailures(db, key);
	return { ok: true, userId: user.id, secondFactor: false };
}
