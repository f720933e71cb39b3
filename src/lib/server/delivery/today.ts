import { and, desc, eq, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { debtors, deliveries, organisations, reminderRecipients, reminders, schedulerPasses } from '../db/schema';
import { todayIn } from '$lib/dates';
import { dateFormat } from '$lib/intl-formats';
import { m } from '$lib/paraglide/messages';
import { nextOpening } from './sending-hours';

/**
 * Why the scheduled reminders wait, and when the sending window opens again, as one sentence
 * in the reader's language; null while the window is open. `at` pins the instant for tests.
 */
export async function sendingPause(db: Db, organisationId: string, { locale, at = new Date() }: { locale: 'fr' | 'en'; at?: Date }): Promise<string | null> {
	const [org] = await db
		.select({
			timezone: organisations.timezone,
			sendingDays: organisations.sendingDays,
			sendingStart: organisations.sendingStart,
			sendingEnd: organisations.sendingEnd,
			country: organisations.country,
			holidayRegion: organisations.holidayRegion,
			skipHolidays: organisations.skipHolidays
		})
		.from(organisations)
		.where(eq(organisations.id, organisationId));
	const opening = org ? nextOpening(at, org, locale) : null;
	if (!opening) return null;
	const day = dateFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
		new Date(`${opening.isoDay}T12:00:00Z`)
	);
	const when = { day, time: opening.hhmm };
	const options = { locale };
	switch (opening.closed.kind) {
		case 'holiday':
			return m.holidays_closed_holiday({ name: opening.closed.name, ...when }, options);
		case 'day_off':
			return m.holidays_closed_day_off(when, options);
		case 'hours':
			return m.holidays_closed_hours(when, options);
	}
}

/** What leaves today, computed without asking for dates: due scheduled reminders, by channel. */
export async function todayList(db: Db, organisationId: string) {
	const [org] = await db.select({ timezone: organisations.timezone }).from(organisations).where(eq(organisations.id, organisationId));
	const today = todayIn(org.timezone);
	const due = and(
		eq(reminders.organisationId, organisationId),
		eq(reminders.status, 'scheduled'),
		// One set aside in the lists before a run does not leave until put back.
		isNull(reminders.heldAt),
		or(eq(reminders.immediate, true), sql`${reminders.sendDate} <= ${today}`)
	);
	const [byChannelRows, rows, pending] = await Promise.all([
		db
			.select({ channel: sql<string>`c.channel`, n: sql<number>`count(*)::int` })
			.from(reminderRecipients)
			.innerJoin(reminders, eq(reminders.id, reminderRecipients.reminderId))
			.innerJoin(sql`unnest(${reminderRecipients.channels}) as c(channel)`, sql`true`)
			.where(due)
			.groupBy(sql`c.channel`),
		db
			.select({ id: reminders.id, shortDescription: reminders.shortDescription, sendDate: reminders.sendDate, debtorName: debtors.name, immediate: reminders.immediate })
			.from(reminders)
			.innerJoin(debtors, eq(debtors.id, reminders.debtorId))
			.where(due)
			.orderBy(reminders.sendDate, debtors.name)
			.limit(200),
		db
			.select({ n: sql<number>`count(*)::int` })
			.from(reminders)
			.where(and(eq(reminders.organisationId, organisationId), eq(reminders.status, 'pending_validation')))
	]);
	return {
		today,
		byChannel: Object.fromEntries(byChannelRows.map((r) => [r.channel, Number(r.n)])) as Record<string, number>,
		reminders: rows,
		pendingValidation: Number(pending[0].n)
	};
}

/** The progress of today's sending, for the progress bar: deliveries of the day by state. */
export async function todayProgress(db: Db, organisationId: string) {
	const rows = await db
		.select({ status: deliveries.status, n: sql<number>`count(*)::int` })
		.from(deliveries)
		.where(and(eq(deliveries.organisationId, organisationId), gte(deliveries.createdAt, sql`now() - interval '24 hours'`)))
		.groupBy(deliveries.status);
	const counts = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])) as Record<string, number>;
	const total = Object.values(counts).reduce((a, b) => a + b, 0);
	const waiting = (counts.queued ?? 0) + (counts.sending ?? 0);
	return { counts, total, done: total - waiting, waiting };
}

export async function recentPasses(db: Db, organisationId: string) {
	return db
		.select()
		.from(schedulerPasses)
		.where(eq(schedulerPasses.organisationId, organisationId))
		.orderBy(desc(schedulerPasses.startedAt))
		.limit(10);
}

export async function failedDeliveriesToday(db: Db, organisationId: string) {
	return db
		.select({ id: deliveries.id, channel: deliveries.channel, status: deliveries.status, lastError: deliveries.lastError, reminderId: deliveries.reminderId })
		.from(deliveries)
		.where(
			and(
				eq(deliveries.organisationId, organisationId),
				inArray(deliveries.status, ['failed', 'bounced', 'to_check']),
				gte(deliveries.updatedAt, sql`now() - interval '7 days'`)
			)
		)
		.orderBy(desc(deliveries.updatedAt))
		.limit(50);
}
