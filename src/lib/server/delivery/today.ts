import { and, desc, eq, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../db';
import {
	debtors,
	deliveries,
	invoices,
	organisations,
	reminderInvoices,
	reminderRecipients,
	reminders,
	scenarioReminders,
	schedulerPasses
} from '../db/schema';
import { debtorBalance } from '../debtors/balance';
import { databaseNow, organisationClock } from '../clock';
import { dateFormat } from '$lib/intl-formats';
import { m } from '$lib/paraglide/messages';
import { daysBefore, nextOpening, type Closed } from './sending-hours';
import { config } from '../config';
import type { HistoryDay } from '$lib/sending-history';

/** Why nothing leaves now: the instance holds every sending, or the sending window is closed. */
export type SendingBlock = { reason: 'test_instance' } | { reason: Closed['kind']; message: string };

/**
 * Why the scheduled reminders wait, and when the sending window opens again, in the reader's
 * language; null while they may leave. A test instance that the organisation has not allowed to
 * send comes first: there nothing leaves at any hour, not even « Tout envoyer ». `at` pins the
 * instant (otherwise the database's clock decides) and `testInstance` the instance's kind, for tests.
 */
export async function sendingBlock(
	db: Db,
	organisationId: string,
	{ locale, at, testInstance = config.testInstance }: { locale: 'fr' | 'en'; at?: Date; testInstance?: boolean }
): Promise<SendingBlock | null> {
	const [org] = await db
		.select({
			timezone: organisations.timezone,
			sendingDays: organisations.sendingDays,
			sendingStart: organisations.sendingStart,
			sendingEnd: organisations.sendingEnd,
			country: organisations.country,
			holidayRegion: organisations.holidayRegion,
			skipHolidays: organisations.skipHolidays,
			allowSendingOnTestInstance: organisations.allowSendingOnTestInstance
		})
		.from(organisations)
		.where(eq(organisations.id, organisationId));
	if (!org) return null;
	if (testInstance && !org.allowSendingOnTestInstance) return { reason: 'test_instance' };
	const opening = nextOpening(await databaseNow(db, at), org, locale);
	if (!opening) return null;
	const day = dateFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		timeZone: 'UTC'
	}).format(new Date(`${opening.isoDay}T12:00:00Z`));
	const when = { day, time: opening.hhmm };
	const options = { locale };
	const reason = opening.closed.kind;
	switch (opening.closed.kind) {
		case 'holiday':
			return { reason, message: m.holidays_closed_holiday({ name: opening.closed.name, ...when }, options) };
		case 'day_off':
			return { reason, message: m.holidays_closed_day_off(when, options) };
		case 'hours':
			return { reason, message: m.holidays_closed_hours(when, options) };
	}
}

/** The sending window's pause as one sentence (see sendingBlock), null while it is open. */
export async function sendingPause(
	db: Db,
	organisationId: string,
	options: { locale: 'fr' | 'en'; at?: Date }
): Promise<string | null> {
	const block = await sendingBlock(db, organisationId, { ...options, testInstance: false });
	return block && 'message' in block ? block.message : null;
}

const CHANNEL_ORDER = ['email', 'sms', 'letter'];

/** What leaves today, computed without asking for dates: due scheduled reminders, by channel. */
export async function todayList(db: Db, organisationId: string) {
	const clock = await organisationClock(db, organisationId);
	if (!clock) throw new Error(`organisation ${organisationId}: no such organisation`);
	const { today, timezone } = clock;
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
			.select({
				id: reminders.id,
				shortDescription: reminders.shortDescription,
				sendDate: reminders.sendDate,
				debtorName: debtors.name,
				immediate: reminders.immediate,
				// What the reminder asks for: the invoices it covers, or else all the debtor owes.
				amountCents: sql<number>`coalesce(
					(select sum(i.amount_cents - i.paid_cents) from ${reminderInvoices} ri join ${invoices} i on i.id = ri.invoice_id where ri.reminder_id = ${reminders.id}),
					${debtorBalance(reminders.debtorId)})`.mapWith(Number),
				scenario: sql<boolean>`${scenarioReminders.reminderId} is not null`,
				stepPosition: scenarioReminders.stepPosition,
				tag: scenarioReminders.tag,
				channels: sql<
					string[]
				>`array(select distinct c from ${reminderRecipients} rr, unnest(rr.channels) c where rr.reminder_id = ${reminders.id} order by c)`
			})
			.from(reminders)
			.innerJoin(debtors, eq(debtors.id, reminders.debtorId))
			.leftJoin(scenarioReminders, eq(scenarioReminders.reminderId, reminders.id))
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
		timezone,
		byChannel: Object.fromEntries(byChannelRows.map((r) => [r.channel, Number(r.n)])) as Record<string, number>,
		reminders: rows.map((r) => ({ ...r, channels: CHANNEL_ORDER.filter((c) => r.channels.includes(c)) })),
		pendingValidation: Number(pending[0].n)
	};
}

/** The progress of today's sending, for the progress bar: deliveries of the day by state. */
export async function todayProgress(db: Db, organisationId: string) {
	const rows = await db
		.select({ status: deliveries.status, n: sql<number>`count(*)::int` })
		.from(deliveries)
		.where(
			and(eq(deliveries.organisationId, organisationId), gte(deliveries.createdAt, sql`now() - interval '24 hours'`))
		)
		.groupBy(deliveries.status);
	const counts = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])) as Record<string, number>;
	const total = Object.values(counts).reduce((a, b) => a + b, 0);
	const waiting = (counts.queued ?? 0) + (counts.sending ?? 0);
	return { counts, total, done: total - waiting, waiting };
}

/** How many days the run history looks back: the chart has a bar for each. */
export const HISTORY_DAYS = 30;

/** What a pass did, when it did anything: a pass that found nothing to send is no news. */
const passDidSomething = sql`(${schedulerPasses.reminders} > 0 or ${schedulerPasses.deliveries} > 0 or ${schedulerPasses.toReview} > 0)`;

/**
 * The run history in a few lines: the totals of the last days' passes that did something, and
 * the last few of them. A pass runs every minute, so most find nothing: they are left out.
 */
export async function passSummary(db: Db, organisationId: string, { days = HISTORY_DAYS, last = 5 } = {}) {
	const recent = and(
		eq(schedulerPasses.organisationId, organisationId),
		gte(schedulerPasses.startedAt, sql`now() - make_interval(days => ${days})`),
		passDidSomething
	);
	const [[totals], passes] = await Promise.all([
		db
			.select({
				passes: sql<number>`count(*)::int`,
				reminders: sql<number>`coalesce(sum(${schedulerPasses.reminders}), 0)::int`,
				deliveries: sql<number>`coalesce(sum(${schedulerPasses.deliveries}), 0)::int`,
				toReview: sql<number>`coalesce(sum(${schedulerPasses.toReview}), 0)::int`
			})
			.from(schedulerPasses)
			.where(recent),
		db
			.select({
				id: schedulerPasses.id,
				startedAt: schedulerPasses.startedAt,
				trigger: schedulerPasses.trigger,
				reminders: schedulerPasses.reminders,
				deliveries: schedulerPasses.deliveries,
				toReview: schedulerPasses.toReview,
				byChannel: schedulerPasses.byChannel
			})
			.from(schedulerPasses)
			.where(recent)
			.orderBy(desc(schedulerPasses.startedAt))
			.limit(last)
	]);
	return {
		totals: {
			passes: Number(totals.passes),
			reminders: Number(totals.reminders),
			deliveries: Number(totals.deliveries),
			toReview: Number(totals.toReview)
		},
		passes
	};
}

/**
 * The last days' deliveries by outcome, on the day each was made (organisation's time zone), and
 * the reminders set aside for review: one entry per day, oldest first, days without any included.
 * Deliveries still on their way or to print are no outcome yet.
 */
export async function sendingHistory(
	db: Db,
	organisationId: string,
	{ days = HISTORY_DAYS, now }: { days?: number; now?: Date } = {}
): Promise<HistoryDay[]> {
	const org = await organisationClock(db, organisationId, now);
	if (!org) throw new Error(`organisation ${organisationId}: no such organisation`);
	const first = daysBefore(org.today, days - 1);
	const since = sql`(${first}::date::timestamp at time zone ${org.timezone})`;
	const dayOf = (column: typeof deliveries.createdAt | typeof schedulerPasses.startedAt) =>
		sql<string>`to_char(${column} at time zone ${org.timezone}, 'YYYY-MM-DD')`;
	const [outcomes, setAside] = await Promise.all([
		db
			.select({
				day: dayOf(deliveries.createdAt),
				sent: sql<number>`count(*) filter (where ${deliveries.status} in ('sent', 'delivered'))::int`,
				failed: sql<number>`count(*) filter (where ${deliveries.status} in ('failed', 'bounced'))::int`,
				toCheck: sql<number>`count(*) filter (where ${deliveries.status} = 'to_check')::int`
			})
			.from(deliveries)
			.where(
				and(
					eq(deliveries.organisationId, organisationId),
					inArray(deliveries.status, ['sent', 'delivered', 'failed', 'bounced', 'to_check']),
					gte(deliveries.createdAt, since)
				)
			)
			.groupBy(sql`1`),
		db
			.select({ day: dayOf(schedulerPasses.startedAt), toReview: sql<number>`sum(${schedulerPasses.toReview})::int` })
			.from(schedulerPasses)
			.where(
				and(
					eq(schedulerPasses.organisationId, organisationId),
					gte(schedulerPasses.startedAt, since),
					sql`${schedulerPasses.toReview} > 0`
				)
			)
			.groupBy(sql`1`)
	]);
	const byDay = new Map<string, HistoryDay>();
	for (let i = 0; i < days; i++) {
		const day = daysBefore(first, -i);
		byDay.set(day, { day, sent: 0, failed: 0, toCheck: 0, toReview: 0 });
	}
	for (const row of outcomes)
		Object.assign(byDay.get(row.day) ?? {}, {
			sent: Number(row.sent),
			failed: Number(row.failed),
			toCheck: Number(row.toCheck)
		});
	for (const row of setAside) Object.assign(byDay.get(row.day) ?? {}, { toReview: Number(row.toReview) });
	return [...byDay.values()];
}

export async function failedDeliveriesToday(db: Db, organisationId: string) {
	return db
		.select({
			id: deliveries.id,
			channel: deliveries.channel,
			status: deliveries.status,
			lastError: deliveries.lastError,
			reminderId: deliveries.reminderId
		})
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
