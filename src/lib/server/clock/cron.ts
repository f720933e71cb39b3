import { Cron } from 'croner';

/** The last occurrence of `cron` at or before `now`, if it falls after `since`. */
export function dueOccurrence(cron: string, timezone: string, since: Date, now: Date): Date | null {
	const next = new Cron(cron, { timezone, paused: true }).nextRun(since);
	return next && next <= now ? next : null;
}
