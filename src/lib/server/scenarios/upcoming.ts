import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { reminders, scenarioReminders, scenarios } from '../db/schema';
import { UNSENT } from './engine';

/** A debtor's reminders still to leave, with the scenario each belongs to. */
export function listUpcoming(db: DbOrTx, organisationId: string, debtorId: string) {
	return db
		.select({
			id: reminders.id,
			shortDescription: reminders.shortDescription,
			sendDate: reminders.sendDate,
			status: reminders.status,
			keep: reminders.keep,
			scenarioName: scenarios.name,
			stepPosition: scenarioReminders.stepPosition
		})
		.from(reminders)
		.leftJoin(scenarioReminders, eq(scenarioReminders.reminderId, reminders.id))
		.leftJoin(scenarios, eq(scenarios.id, scenarioReminders.scenarioId))
		.where(
			and(
				eq(reminders.organisationId, organisationId),
				eq(reminders.debtorId, debtorId),
				inArray(reminders.status, [...UNSENT])
			)
		)
		.orderBy(asc(reminders.sendDate));
}
