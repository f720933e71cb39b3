import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { rowsOf } from '../db/arrays';
import { organisationClock } from '../clock';
import {
	AGE_BUCKETS,
	DASHBOARD_WEEKS,
	RECOVERY_PERIOD_DAYS,
	type AgeBucket,
	type PauseState,
	type RecoveryStep
} from '$lib/dashboard';

/** The organisation and its today, which every figure is counted from. */
export interface DashboardContext {
	organisationId: string;
	timezone: string;
	/** The calendar date where the organisation is. */
	today: string;
}

/** `now` pins the instant; otherwise the database's clock decides. */
export async function dashboardContext(db: DbOrTx, organisationId: string, now?: Date): Promise<DashboardContext> {
	const clock = await organisationClock(db, organisationId, now);
	if (!clock) throw new Error(`organisation ${organisationId}: no such organisation`);
	return { organisationId, timezone: clock.timezone, today: clock.today };
}

export function addDays(day: string, days: number): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

/** The Monday of the week a day falls in: weeks run Monday to Sunday, as in France. */
export function mondayOf(day: string): string {
	const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
	return addDays(day, -weekday);
}

/** Days past due, from..to inclusive (null: open): an invoice due today is not yet late. */
const AGE_DAYS: Record<AgeBucket, [number | null, number | null]> = {
	'not-due': [null, 0],
	'1-30': [1, 30],
	'31-60': [31, 60],
	'61-90': [61, 90],
	'90+': [91, null]
};

/** An unpaid invoice's due date within one age bucket. */
export function dueDateIn(bucket: AgeBucket, dueDate: SQL, today: string): SQL {
	const [from, to] = AGE_DAYS[bucket];
	const bounds = [
		from === null ? undefined : sql`${dueDate} <= ${today}::date - ${from}::int`,
		to === null ? undefined : sql`${dueDate} >= ${today}::date - ${to}::int`
	].filter((c): c is SQL => !!c);
	return sql.join(bounds, sql` and `);
}

/** The bucket's index in AGE_BUCKETS: an integer groups faster than text, which sorts by collation. */
function ageIndex(dueDate: SQL, today: string): SQL<number> {
	return sql<number>`case ${sql.join(
		AGE_BUCKETS.map((bucket, i) => sql`when ${dueDateIn(bucket, dueDate, today)} then ${sql.raw(String(i))}`),
		sql` `
	)} end`;
}

/** What a paused debtor has paid since his pause began: a promise is kept once it reaches the amount. */
const paidSincePause = sql`coalesce((select sum(p.amount_cents) from payments p where p.debtor_id = dp.debtor_id and p.created_at >= dp.created_at), 0)`;

/**
 * A pause row `dp` in one state, as the scenario engine reads it (a kept promise no longer holds
 * anything); `paid` is what the debtor paid since, when the statement has already summed it.
 */
export function pauseIn(state: PauseState, today: string, paid: SQL = paidSincePause): SQL {
	switch (state) {
		case 'pause':
			return sql`dp.promised_cents is null and dp.until >= ${today}::date`;
		case 'promesse':
			return sql`dp.promised_cents is not null and dp.until >= ${today}::date and ${paid} < dp.promised_cents`;
		case 'promesse-echue':
			return sql`dp.promised_cents is not null and dp.until < ${today}::date and ${paid} < dp.promised_cents`;
	}
}

/** The instant a calendar day begins where the organisation is. */
const startOf = (day: string, ctx: DashboardContext) => sql`(${day}::timestamp at time zone ${ctx.timezone})`;

/**
 * The reminders sent in the recovery period, `(debtor_id, sent_at, step)`, `step` null for a
 * reminder that is no scenario step.
 */
function sentReminders(ctx: DashboardContext): SQL {
	const from = addDays(ctx.today, -(RECOVERY_PERIOD_DAYS - 1));
	return sql`select r.debtor_id, r.sent_at, sr.step_position as step
		from reminders r left join scenario_reminders sr on sr.reminder_id = r.id
		where r.organisation_id = ${ctx.organisationId} and r.status = 'sent' and r.sent_at >= ${startOf(from, ctx)}`;
}

/**
 * Each payment of the recovery period credited to the last reminder the debtor was sent on or
 * before the day he paid, when that reminder left at most 30 days before (days where the
 * organisation is): `credited(debtor_id, amount_cents, days, step)`, `days` from the reminder's
 * day to the payment's. The last reminder only: a euro is counted once, for the level last asked
 * of the debtor, not again for every earlier one. The window is compared in instants, converted
 * once per payment rather than once per reminder. `sent` names the period's reminders when the
 * statement already has them.
 */
export function creditedPayments(ctx: DashboardContext, sent: SQL = sql`(${sentReminders(ctx)})`): SQL {
	const from = addDays(ctx.today, -(RECOVERY_PERIOD_DAYS - 1));
	return sql`(
		select last.debtor_id, last.amount_cents, last.paid_on - (last.sent_at at time zone ${ctx.timezone})::date as days, last.step
		from (
			select distinct on (p.id) p.debtor_id, p.amount_cents, p.paid_on, t.sent_at, t.step
			from payments p
			join ${sent} t on t.debtor_id = p.debtor_id
				and t.sent_at >= ((p.paid_on - 30)::timestamp at time zone ${ctx.timezone})
				and t.sent_at < ((p.paid_on + 1)::timestamp at time zone ${ctx.timezone})
			where p.organisation_id = ${ctx.organisationId} and p.paid_on >= ${from}::date
			order by p.id, t.sent_at desc, t.step
		) last
	) credited`;
}

/** `credited.step` is this step. */
export function creditedStep(step: RecoveryStep): SQL {
	return step === 'manual' ? sql`credited.step is null` : sql`credited.step = ${step}`;
}

export interface AgeFigure {
	bucket: AgeBucket;
	cents: number;
	invoices: number;
	debtors: number;
}

export interface RecoveryFigure {
	step: RecoveryStep;
	/** Reminders of this step sent during the period. */
	sent: number;
	within15Cents: number;
	within15Debtors: number;
	within30Cents: number;
	within30Debtors: number;
}

export interface WeekFigure {
	/** The week's Monday. */
	week: string;
	channel: string;
	outcome: string;
	count: number;
}

export interface PauseFigures {
	paused: number;
	promises: number;
	promisedCents: number;
	broken: number;
	brokenCents: number;
}

export interface DashboardFigures {
	today: string;
	ages: AgeFigure[];
	recoveryFrom: string;
	recovery: RecoveryFigure[];
	/** The first week shown (a Monday); the current week is the last. */
	weeksFrom: string;
	weeks: WeekFigure[];
	pauses: PauseFigures;
}

async function rows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
	return rowsOf<T>(await db.execute(query));
}

export async function outstandingByAge(db: DbOrTx, ctx: DashboardContext): Promise<AgeFigure[]> {
	// Per debtor and bucket first: a hash of small keys, where count(distinct) would sort them all.
	const found = await rows<{ bucket: number; cents: string; invoices: number; debtors: number }>(
		db,
		sql`select bucket, sum(cents)::text as cents, sum(n)::int as invoices, count(*)::int as debtors
			from (
				select ${ageIndex(sql`i.due_date`, ctx.today)} as bucket, i.debtor_id, sum(i.amount_cents - i.paid_cents) as cents, count(*) as n
				from invoices i
				where i.organisation_id = ${ctx.organisationId} and i.paid_cents < i.amount_cents
				group by 1, 2
			) by_debtor
			group by 1`
	);
	return AGE_BUCKETS.map((bucket, i) => {
		const row = found.find((r) => r.bucket === i);
		return { bucket, cents: Number(row?.cents ?? 0), invoices: row?.invoices ?? 0, debtors: row?.debtors ?? 0 };
	});
}

export async function recoveryBySteps(db: DbOrTx, ctx: DashboardContext): Promise<RecoveryFigure[]> {
	// One reading of the period's reminders, for their count and for the payments they earned.
	const found = await rows<{
		kind: 'sent' | 'credited';
		step: number | null;
		n: number;
		c15: string;
		d15: number;
		c30: string;
		d30: number;
	}>(
		db,
		sql`with sent as materialized (${sentReminders(ctx)})
			select 'sent' as kind, step, count(*)::int as n, '0' as c15, 0 as d15, '0' as c30, 0 as d30 from sent group by step
			union all
			select 'credited', credited.step, 0,
				coalesce(sum(credited.amount_cents) filter (where credited.days <= 15), 0)::text,
				(count(distinct credited.debtor_id) filter (where credited.days <= 15))::int,
				sum(credited.amount_cents)::text,
				count(distinct credited.debtor_id)::int
			from ${creditedPayments(ctx, sql`sent`)}
			group by credited.step`
	);
	const sent = found.filter((r) => r.kind === 'sent');
	const credited = found.filter((r) => r.kind === 'credited');
	const steps = [...new Set([...sent, ...credited].map((r) => r.step))].sort(
		(a, b) => (a ?? Infinity) - (b ?? Infinity)
	);
	return steps.map((step) => {
		const row = credited.find((r) => r.step === step);
		return {
			step: step ?? 'manual',
			sent: sent.find((r) => r.step === step)?.n ?? 0,
			within15Cents: Number(row?.c15 ?? 0),
			within15Debtors: row?.d15 ?? 0,
			within30Cents: Number(row?.c30 ?? 0),
			within30Debtors: row?.d30 ?? 0
		};
	});
}

export async function deliveriesByWeek(
	db: DbOrTx,
	ctx: DashboardContext
): Promise<{ from: string; weeks: WeekFigure[] }> {
	const from = addDays(mondayOf(ctx.today), -7 * (DASHBOARD_WEEKS - 1));
	const mondays = Array.from({ length: DASHBOARD_WEEKS }, (_, i) => addDays(from, 7 * i));
	// Each week's first instant where the organisation is, computed once: a delivery finds its week
	// by a search among them instead of a time-zone conversion of its own, row after row.
	const found = await rows<{ week: number; channel: string; outcome: string; count: number }>(
		db,
		sql`with edges as (
				select array(select d at time zone ${ctx.timezone} from generate_series(${from}::timestamp, ${addDays(from, 7 * DASHBOARD_WEEKS)}::timestamp, interval '7 days') d) as at
			)
			select width_bucket(coalesce(d.sent_at, d.created_at), edges.at) as week, d.channel, d.status::text as outcome, count(*)::int as count
			from deliveries d, edges
			where d.organisation_id = ${ctx.organisationId} and coalesce(d.sent_at, d.created_at) >= edges.at[1]
				and coalesce(d.sent_at, d.created_at) < edges.at[${DASHBOARD_WEEKS + 1}]
			group by 1, 2, 3`
	);
	const weeks = found
		.map((r) => ({ week: mondays[r.week - 1], channel: r.channel, outcome: r.outcome, count: r.count }))
		.sort(
			(a, b) => a.week.localeCompare(b.week) || a.channel.localeCompare(b.channel) || a.outcome.localeCompare(b.outcome)
		);
	return { from, weeks };
}

export async function pauseFigures(db: DbOrTx, ctx: DashboardContext): Promise<PauseFigures> {
	const paid = sql`dp.paid_since`;
	// What each paused debtor paid since, summed once per pause rather than once per figure.
	const [row] = await rows<{ paused: number; promises: number; promised: string; broken: number; brokenCents: string }>(
		db,
		sql`select count(*) filter (where ${pauseIn('pause', ctx.today, paid)})::int as paused,
				count(*) filter (where ${pauseIn('promesse', ctx.today, paid)})::int as promises,
				coalesce(sum(dp.promised_cents) filter (where ${pauseIn('promesse', ctx.today, paid)}), 0)::text as promised,
				count(*) filter (where ${pauseIn('promesse-echue', ctx.today, paid)})::int as broken,
				coalesce(sum(dp.promised_cents - dp.paid_since) filter (where ${pauseIn('promesse-echue', ctx.today, paid)}), 0)::text as "brokenCents"
			from (
				select dp.*, case when dp.promised_cents is null then 0 else ${paidSincePause} end as paid_since
				from debtor_pauses dp
				where dp.organisation_id = ${ctx.organisationId}
			) dp`
	);
	return {
		paused: row.paused,
		promises: row.promises,
		promisedCents: Number(row.promised),
		broken: row.broken,
		brokenCents: Number(row.brokenCents)
	};
}

/** Every figure of the dashboard, for one organisation, counted from its today. */
export async function dashboardFigures(db: DbOrTx, organisationId: string, now?: Date): Promise<DashboardFigures> {
	const ctx = await dashboardContext(db, organisationId, now);
	const [ages, recovery, weekly, pauses] = await Promise.all([
		outstandingByAge(db, ctx),
		recoveryBySteps(db, ctx),
		deliveriesByWeek(db, ctx),
		pauseFigures(db, ctx)
	]);
	return {
		today: ctx.today,
		ages,
		recoveryFrom: addDays(ctx.today, -(RECOVERY_PERIOD_DAYS - 1)),
		recovery,
		weeksFrom: weekly.from,
		weeks: weekly.weeks,
		pauses
	};
}
