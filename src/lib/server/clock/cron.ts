import { Cron } from 'croner';

/** The last occurrence of `cron` at or before `now`, if it falls after `since`. */
function dueOccurrence(cron: string, timezone: string, since: Date, now: Date): Date | null {
	const next = new Cron(cron, { timezone, paused: true }).nextRun(since);
	return next && next <= now ? next : null;
}

export interface Occurrence<Row> {
	row: Row;
	cron: string;
	timezone: string;
	/** When the last occurrence was taken, or where to start looking for the first one. */
	since: Date;
}

/**
 * For each row whose cron fell due since its last occurrence: `claim` it by a compare-and-set
 * (false when another process took it first), then `act`. Two processes ticking at once act once.
 * A cron that no longer parses is passed by. Returns how many acted.
 */
export async function actOnDueOccurrences<Row>(
	now: Date,
	occurrences: Occurrence<Row>[],
	claim: (row: Row, due: Date) => Promise<boolean>,
	act: (row: Row) => Promise<unknown>
): Promise<number> {
	let acted = 0;
	for (const { row, cron, timezone, since } of occurrences) {
		let due: Date | null;
		try {
			due = dueOccurrence(cron, timezone, since, now);
		} catch {
			continue;
		}
		if (!due || !(await claim(row, due))) continue;
		await act(row);
		acted++;
	}
	return acted;
}
