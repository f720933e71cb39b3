import type PgBoss from 'pg-boss';
import type { Db } from '../db';
import { runDueScenarios } from '../scenarios/schedule';
import { sendDueSummaries } from '../push/daily-schedule';
import { purgeExpired } from '../housekeeping/purge';
import { foldReminderCounts } from '../reminders/counts';

/** The queue of the one Paris-time summary schedule the minute's tick replaced: its leftover schedule is removed. */
const OLD_SUMMARY_QUEUE = 'daily-summary';

/**
 * The installation's schedules (pg-boss's cron: each fires once per installation, whichever
 * process's clock monitor sees it): every minute, the organisations whose scenarios are due are
 * run and those whose summary time has come are told, each at its own time in its own zone, and
 * the reminders' count lines are folded; once an hour, what has expired is purged. Each tick
 * reads the time from the database.
 */
const SCHEDULES: { queue: string; cron: string; tick: (db: Db) => Promise<unknown> }[] = [
	{ queue: 'summary-tick', cron: '* * * * *', tick: (db) => sendDueSummaries(db) },
	{ queue: 'scenario-tick', cron: '* * * * *', tick: (db) => runDueScenarios(db) },
	{ queue: 'fold-counts', cron: '* * * * *', tick: foldReminderCounts },
	{ queue: 'purge-expired', cron: '17 * * * *', tick: purgeExpired }
];

export async function schedule(boss: PgBoss, db: Db): Promise<void> {
	await boss.unschedule(OLD_SUMMARY_QUEUE).catch(() => undefined);
	for (const { queue, cron, tick } of SCHEDULES) {
		await boss.createQueue(queue);
		await boss.schedule(queue, cron, {}, { tz: 'UTC' });
		await boss.work(queue, async () => {
			await tick(db);
		});
	}
}
