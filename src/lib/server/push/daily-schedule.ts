import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db';
import { organisations } from '../db/schema';
import { databaseNow } from '../clock';
import { actOnDueOccurrences } from '../clock/cron';
import { config } from '../config';
import { dailySummary } from './notify';

/**
 * An organisation that never had a summary looks back this far for its first occurrence: a
 * process started at 15:00 does not send the morning's summary in the afternoon.
 */
const FIRST_LOOK_BACK_MS = 2 * 60_000;

/**
 * Called every minute: each organisation whose summary time (the cron, in its own time zone)
 * fell due since its last summary is claimed by a compare-and-set, then told. Two processes
 * ticking at once send it once. The time is the database's, unless `at` pins it.
 */
export async function sendDueSummaries(db: Db, at?: Date, cron = config.dailySummaryCron): Promise<number> {
	const now = await databaseNow(db, at);
	const rows = await db
		.select({ id: organisations.id, timezone: organisations.timezone, lastSummaryAt: organisations.lastSummaryAt })
		.from(organisations)
		.where(isNull(organisations.suspendedAt));
	return actOnDueOccurrences(
		now,
		rows.map((row) => ({
			row,
			cron,
			timezone: row.timezone,
			since: row.lastSummaryAt ?? new Date(now.getTime() - FIRST_LOOK_BACK_MS)
		})),
		async (row, due) => {
			const claimed = await db
				.update(organisations)
				.set({ lastSummaryAt: due })
				.where(
					and(
						eq(organisations.id, row.id),
						row.lastSummaryAt ? eq(organisations.lastSummaryAt, row.lastSummaryAt) : isNull(organisations.lastSummaryAt)
					)
				)
				.returning({ id: organisations.id });
			return claimed.length > 0;
		},
		(row) => dailySummary(db, row.id)
	);
}
