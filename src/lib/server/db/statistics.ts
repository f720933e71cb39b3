import { sql } from 'drizzle-orm';
import type { Db } from './types';
import type { Database } from './types';

/**
 * PostgreSQL's autovacuum keeps the planner's statistics fresh, a minute late at best (and not
 * at all where it is turned off); PGlite has no such daemon. A table that has never been
 * analysed gets default estimates: `reminder_id = any(a hundred ids)` looks like a third of the
 * table, and the planner reads the whole table for every job (measured: 40 ms a statement at
 * 100,000 deliveries, where the index takes well under one). The embedded database is analysed
 * at start, and both after any change as large as a big scheduler pass or scenario run.
 */
export async function refreshStatistics(database: Database): Promise<void> {
	if (database.kind === 'pglite') await database.db.execute(sql`analyze`);
}

/** The tables a scheduler pass grows and its delivery jobs read by reminder. */
export async function analyzeDeliveryTables(db: Db): Promise<void> {
	await db.execute(
		sql`analyze reminders, reminder_recipients, reminder_invoices, deliveries, invoices, scenario_reminders, reminder_events, sync_changes`
	);
}

/** The tables a scenario run grows and reads by debtor. */
export async function analyzeScenarioTables(db: Db): Promise<void> {
	await db.execute(sql`analyze reminders, reminder_recipients, reminder_invoices, scenario_reminders, reminder_events`);
}
