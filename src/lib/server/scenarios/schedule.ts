import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db';
import { organisations, scenarioSettings } from '../db/schema';
import { databaseNow } from '../clock';
import { actOnDueOccurrences } from '../clock/cron';
import { runScenarios } from './run';

/**
 * Called every minute (pg-boss's cron runs it once per installation): each organisation whose
 * cron expression fell due since its last scheduled run is claimed, then run. The claim is a
 * compare-and-set, so two processes ticking at once run it once. The time is the database's,
 * unless `at` pins it.
 */
export async function runDueScenarios(db: Db, at?: Date): Promise<number> {
	const now = await databaseNow(db, at);
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
	return actOnDueOccurrences(
		now,
		rows.map((row) => ({ row, cron: row.cron, timezone: row.timezone, since: row.lastScheduledAt ?? row.updatedAt })),
		async (row) => {
			const claimed = await db
				.update(scenarioSettings)
				.set({ lastScheduledAt: now })
				.where(
					and(
						eq(scenarioSettings.organisationId, row.organisationId),
						row.lastScheduledAt
							? eq(scenarioSettings.lastScheduledAt, row.lastScheduledAt)
							: isNull(scenarioSettings.lastScheduledAt)
					)
				)
				.returning({ id: scenarioSettings.organisationId });
			return claimed.length > 0;
		},
		(row) => runScenarios(db, row.organisationId, 'cron')
	);
}
