import { sql } from 'drizzle-orm';
import type { Db } from '../db';
import { users } from '../db/schema';
import { verifyAgainstNothing, verifyPassword } from './passwords';
import { clearFailures, recordFailure, secondsLocked, throttleKeys } from './throttle';

export type LoginOutcome =
	| { ok: true; userId: string }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export async function attemptLogin(db: Db, email: string, password: string, address: string): Promise<LoginOutcome> {
	const keys = throttleKeys(email, address);
	const wait = await secondsLocked(db, keys);
	if (wait > 0) return { ok: false, reason: 'throttled', retryAfterSeconds: wait };

	const [user] = await db
		.select({ id: users.id, passwordHash: users.passwordHash })
		.from(users)
		.where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
	const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstNothing(password);
	if (!user || !valid) {
		await recordFailure(db, keys);
		return { ok: false, reason: 'invalid' };
	}
	// The address keeps its count: others behind it may still be guessing.
	for (const key of keys) if (key.kind !== 'address') await clearFailures(db, key);
	return { ok: true, userId: user.id };
}
