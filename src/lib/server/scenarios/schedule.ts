import { Cron } from 'croner';
import type PgBoss from 'pg-boss';
import { and, eq, isNull, or } from 'drizzle-orm';
import type { Db } from '../db';
import { organisations, scenarioSettings } from '../db/schema';
import { runScenarios } from './run';
import { sendRunReport } from './report';

/** The last occurrence of `cron` at or before `now`, if it falls after `since`. */
export function dueOccurrence(cron: string, timezone: string, since: Date, now: Date): Date | null {
	const next = new Cron(cron, { timezone, paused: true }).nextRun(since);
	return next && next <= now ? next : null;
}

/**
 * Called every minute (pg-boss's cron runs it once per installation): each organisation whose
 * cron expression fell due since its last scheduled run is claimed, then run. The claim is a
 * compare-and-set, so two processes ticking at once run it once.
 */
export async function runDueScenarios(db: Db, now = new Date()): Promise<number> {
	const rows = await db
		.select({
			organisationId: scenarioSettings.organisationId,
			cron: scenarioSettings.cron,
			lastScheduledAt: scenarioSettings.lastScheduledAt,
			updatedAt: scenarioSettings.updatedAt,
			timezone: organisations.timezone
		})
		.from(scenarioSettings)
		.innerJoin(organisations, eq(organisations.id, scenarioSettings.organisationId))
				// A suspended agency's scenarios wait for it to come back.
		.where(and(eq(scenarioSettings.cronEnabled, true), isNull(organisations.suspendedAt)));
	let runs = 0;
	for (const row of rows) {
		let due: Date | null;
		try {
			due = dueOccurrence(row.cron, row.timezone, row.lastScheduledAt ?? row.updatedAt, now);
		} catch {
			continue;
		}
		if (!due) continue;
		const [claimed] = await db
			.update(scenarioSettings)
			.set({ lastScheduledAt: now })
			.where(
				and(
					eq(scenarioSettings.organisationId, row.organisationId),
					row.lastScheduledAt ? eq(scenarioSettings.lastScheduledAt, row.lastScheduledAt) : or(isNull(scenarioSettings.lastScheduledAt))
				)
			)
			.returning({ id: scenarioSettings.organisationId });
		if (!claimed) continue;
		const report = await runScenarios(db, row.organisationId, 'cron');
		if (report) await sendRunReport(db, report);
		runs++;
	}
	return runs;
}

const TICK_QUEUE = 'scenario-tick';

/** Every minute, once per installation, the organisations whose scenarios are due are run. */
export async function scheduleScenarioRuns(boss: PgBoss, db: Db): Promise<void> {
	await boss.createQueue(TICK_QUEUE);
	await boss.schedule(TICK_QUEUE, '* * * * *', {}, { tz: 'UTC' });
	await boss.work(TICK_QUEUE, async () => {
		await runDueScenarios(db);
	});
}
