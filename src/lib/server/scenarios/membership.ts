import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { scenarioReminders, scenarios } from '../db/schema';
import { currentScenarioId } from './run';

/**
 * A reminder a person writes belongs to a scenario too: its group's, or else the
 * one the debtor is in now; it goes with that scenario unless marked « à conserver ». A step's
 * reminder keeps the scenario that created it.
 */
export async function joinScenario(
	tx: DbOrTx,
	organisationId: string,
	reminderId: string,
	debtorId: string,
	groupId: string | null
): Promise<void> {
	const [link] = await tx
		.select({ stepPosition: scenarioReminders.stepPosition })
		.from(scenarioReminders)
		.where(eq(scenarioReminders.reminderId, reminderId));
	if (link && link.stepPosition !== null) return;
	const scenarioId = groupId
		? ((
				await tx
					.select({ id: scenarios.id })
					.from(scenarios)
					.where(and(eq(scenarios.organisationId, organisationId), eq(scenarios.groupId, groupId)))
			)[0]?.id ?? null)
		: await currentScenarioId(tx, organisationId, debtorId);
	if (link) await tx.delete(scenarioReminders).where(eq(scenarioReminders.reminderId, reminderId));
	if (scenarioId) await tx.insert(scenarioReminders).values({ reminderId, scenarioId });
}
