import { and, eq, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { deliveries, reminders } from '../db/schema';
import { organisationClock } from '../clock';

export interface DailyCounts {
	pendingValidation: number;
	scheduledToday: number;
	/** Deliveries that failed or bounced in the last 24 hours. */
	failed: number;
}

/** What the daily summary tells: the organisation's "today", in its own time zone. `at` pins the instant. */
export async function dailyCounts(db: DbOrTx, organisationId: string, at?: Date): Promise<DailyCounts> {
	const clock = await organisationClock(db, organisationId, at);
	if (!clock) return { pendingValidation: 0, scheduledToday: 0, failed: 0 };
	const { today } = clock;
	const since = new Date(clock.now.getTime() - 24 * 60 * 60 * 1000);
	const count = sql<number>`count(*)::int`;
	const [[pending], [scheduled], [failed]] = await Promise.all([
		db
			.select({ n: count })
			.from(reminders)
			.where(and(eq(reminders.organisationId, organisationId), eq(reminders.status, 'pending_validation'))),
		db
			.select({ n: count })
			.from(reminders)
			.where(
				and(
					eq(reminders.organisationId, organisationId),
					eq(reminders.status, 'scheduled'),
					isNull(reminders.heldAt),
					or(eq(reminders.immediate, true), sql`${reminders.sendDate} <= ${today}`)
				)
			),
		db
			.select({ n: count })
			.from(deliveries)
			.where(
				and(
					eq(deliveries.organisationId, organisationId),
					inArray(deliveries.status, ['failed', 'bounced']),
					gte(deliveries.updatedAt, since)
				)
			)
	]);
	return { pendingValidation: Number(pending.n), scheduledToday: Number(scheduled.n), failed: Number(failed.n) };
}
