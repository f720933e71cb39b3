import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { loginThrottle } from '../db/schema';

/**
 * Failed logins lock a key for a time that doubles with each failure past a free allowance;
 * the database clock decides, so several app processes agree. One person's typos lock only his
 * account from his address (the pair); an account tried from many addresses locks as a whole;
 * an address locks only past what a whole office behind one connection could mistype.
 */
const POLICY = {
	pair: { free: 5, baseSeconds: 30 },
	account: { free: 20, baseSeconds: 30 },
	address: { free: 100, baseSeconds: 30 }
} as const;
const MAX_LOCK_SECONDS = 15 * 60;
/** A key with no failure for this long starts afresh. */
const FORGET_AFTER = '1 hour';

export type ThrottleKey = { kind: keyof typeof POLICY; value: string };

export function throttleKeys(email: string, address: string): ThrottleKey[] {
	const account = email.trim().toLowerCase();
	return [
		{ kind: 'pair', value: `${account} ${address}` },
		{ kind: 'account', value: account },
		{ kind: 'address', value: address }
	];
}

const keyOf = (k: ThrottleKey) => `${k.kind}:${k.value}`;

/** Seconds until the first of these keys unlocks, or 0 when none is locked. */
export async function secondsLocked(db: Db, keys: ThrottleKey[]): Promise<number> {
	const rows = await db
		.select({
			wait: sql<number>`greatest(0, ceil(extract(epoch from (${loginThrottle.lockedUntil} - now()))))::int`
		})
		.from(loginThrottle)
		.where(inArray(loginThrottle.key, keys.map(keyOf)));
	return Math.max(0, ...rows.map((r) => Number(r.wait ?? 0)));
}

export async function recordFailure(db: Db, keys: ThrottleKey[]): Promise<void> {
	for (const key of keys) {
		const { free, baseSeconds } = POLICY[key.kind];
		await db.execute(sql`
			insert into login_throttle as t (key, failures, last_failure_at)
			values (${keyOf(key)}, 1, now())
			on conflict (key) do update set
				failures = case when t.last_failure_at < now() - ${FORGET_AFTER}::interval then 1 else t.failures + 1 end,
				last_failure_at = now()
		`);
		await db.execute(sql`
			update login_throttle set locked_until = now() + make_interval(secs =>
				least(${MAX_LOCK_SECONDS}, ${baseSeconds} * power(2, failures - ${free} - 1)))
			where key = ${keyOf(key)} and failures > ${free}
		`);
	}
}

export async function clearFailures(db: Db, key: ThrottleKey): Promise<void> {
	await db.delete(loginThrottle).where(eq(loginThrottle.key, keyOf(key)));
}
