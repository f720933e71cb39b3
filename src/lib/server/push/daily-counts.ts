import { and, eq, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { deliveries, organisations, reminders } from '../db/schema';
import { todayIn } from '$lib/dates';

export interface DailyCounts {
	pendingValidation: number;
	scheduledToday: number;
	/** Deliveries that failed or bounced in the last 24 hours. */
	failed: number;
}

/** What the daily summary tells: the organisation's "today", in its own time zone. */
export async function dailyCounts(db: DbOrTx, organisationId: string, now = new Date()): Promise<DailyCounts> {
	const [org] = await db.select({ timezone: organisations.timezone }).from(organisations).where(eq(organisations.id, organisationId));
	if (!org) return { pendingValidation: 0, scheduledToday: 0, failed: 0 };
	const today = todayIn(org.timezone, now);
	const since = new Date(now.getTime() - 24 * 60 * 60 * 1000);
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
