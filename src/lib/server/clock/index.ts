import { eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { rowsOf } from '../db/arrays';
import { organisations } from '../db/schema';

/**
 * The installation's one clock is the database's: every process, and every statement that
 * compares with now(), agrees on what time it is, and an organisation's day is that instant in
 * its own time zone. Inside a transaction, now() is its start: the whole write sees one day.
 * `at` pins the instant (tests, and a job that decides for an instant it was given).
 */
const instant = (at?: Date): SQL => (at ? sql`${at.toISOString()}::timestamptz` : sql`now()`);

/** The calendar day ("2026-11-23") in a time zone, a column or a value, as an expression of a query. */
export function dayIn(timezone: AnyColumn | SQL | string, at?: Date): SQL<string> {
	return sql<string>`to_char(${instant(at)} at time zone ${timezone}, 'YYYY-MM-DD')`;
}

export async function databaseNow(db: DbOrTx, at?: Date): Promise<Date> {
	const [row] = rowsOf<{ now: string | Date }>(await db.execute(sql`select ${instant(at)} as now`));
	return new Date(row.now);
}

/** The database's now in ISO 8601 to the microsecond: an instant to compare later with the timestamps it wrote. */
export async function databaseInstant(db: DbOrTx): Promise<string> {
	const [row] = rowsOf<{ now: string }>(
		await db.execute(sql`select to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as now`)
	);
	return row.now;
}

/** The calendar day in a time zone, for what has no organisation to ask yet (the demo's, being made). */
export async function todayInZone(db: DbOrTx, timezone: string, at?: Date): Promise<string> {
	const [row] = rowsOf<{ today: string }>(await db.execute(sql`select ${dayIn(timezone, at)} as today`));
	return row.today;
}

export interface OrganisationClock {
	now: Date;
	/** The organisation's calendar day at that instant. */
	today: string;
	timezone: string;
}

/** An organisation's now and today; null for an organisation that does not exist. */
export async function organisationClock(
	db: DbOrTx,
	organisationId: string,
	at?: Date
): Promise<OrganisationClock | null> {
	const [row] = await db
		.select({
			now: sql<string | Date>`${instant(at)}`,
			today: dayIn(organisations.timezone, at),
			timezone: organisations.timezone
		})
		.from(organisations)
		.where(eq(organisations.id, organisationId));
	return row ? { now: new Date(row.now), today: row.today, timezone: row.timezone } : null;
}

/** What day it is for the organisation: the default date of what a person records now, the lists' « today ». */
export async function organisationToday(db: DbOrTx, organisationId: string, at?: Date): Promise<string> {
	const clock = await organisationClock(db, organisationId, at);
	if (!clock) throw new Error(`organisation ${organisationId}: no such organisation`);
	return clock.today;
}
