import type { Db } from '../db';
import { exhausted, hit, type Limit } from '../limits/rate-limits';

/**
 * Limits of POST /api/scheduler/run, per calling address, kept in the database so that every
 * instance counts on the same counters: a wrong secret ten times in fifteen minutes locks the
 * address out for the rest of them (the secret cannot be guessed by trying), and even the right
 * caller gets at most a pass every five seconds (a cron gone mad cannot keep the database busy
 * with passes, however many instances it calls).
 */
const WRONG_SECRET: Limit = { hits: 10, windowSeconds: 15 * 60 };
const PASSES: Limit = { hits: 1, windowSeconds: 5 };

/** Seconds to wait before trying again, or null when the call may go on. */
export function refusedFor(db: Db, address: string): Promise<number | null> {
	return exhausted(db, `scheduler-wrong:${address}`, WRONG_SECRET);
}

export async function recordWrongSecret(db: Db, address: string): Promise<void> {
	await hit(db, `scheduler-wrong:${address}`, WRONG_SECRET);
}

export function takePass(db: Db, address: string): Promise<number | null> {
	return hit(db, `scheduler-pass:${address}`, PASSES);
}
