import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Limits of POST /api/scheduler/run, per calling address and per process: a wrong secret ten
 * times in fifteen minutes locks the address out for the rest of them (the secret cannot be
 * guessed by trying), and even the right caller gets at most a pass every five seconds (a cron
 * gone mad cannot keep the database busy with passes).
 */
const wrongSecret = new RateLimiterMemory({ keyPrefix: 'scheduler-wrong', points: 10, duration: 15 * 60 });
const passes = new RateLimiterMemory({ keyPrefix: 'scheduler-pass', points: 1, duration: 5 });

/** Seconds to wait before trying again, or null when the call may go on. */
export async function refusedFor(address: string): Promise<number | null> {
	const wrong = await wrongSecret.get(address);
	if (wrong && wrong.remainingPoints <= 0) return Math.ceil(wrong.msBeforeNext / 1000);
	return null;
}

export async function recordWrongSecret(address: string): Promise<void> {
	await wrongSecret.consume(address).catch(() => undefined);
}

export async function takePass(address: string): Promise<number | null> {
	try {
		await passes.consume(address);
		return null;
	} catch (refusal) {
		if (refusal instanceof RateLimiterRes) return Math.ceil(refusal.msBeforeNext / 1000);
		throw refusal;
	}
}
