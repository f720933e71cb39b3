import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { reminderEvents, reminders, users } from '../db/schema';

export type ReminderEvent = typeof reminderEvents.$inferInsert;

export async function recordEvents(tx: DbOrTx, events: ReminderEvent[]): Promise<void> {
	if (events.length) await tx.insert(reminderEvents).values(events);
}

export interface HistoryEntry {
	id: string;
	reminderId: string;
	shortDescription: string;
	action: string;
	fromStatus: string | null;
	toStatus: string | null;
	changes: Record<string, { from: unknown; to: unknown }> | null;
	reason: string;
	actorName: string | null;
	at: Date;
}

const historyColumns = {
	id: reminderEvents.id,
	reminderId: reminderEvents.reminderId,
	shortDescription: reminders.shortDescription,
	action: reminderEvents.action,
	fromStatus: reminderEvents.fromStatus,
	toStatus: reminderEvents.toStatus,
	changes: reminderEvents.changes,
	reason: reminderEvents.reason,
	actorName: users.name,
	at: reminderEvents.at
};

/** A debtor's whole reminder history, newest first. */
export async function listDebtorHistory(db: DbOrTx, organisationId: string, debtorId: string): Promise<HistoryEntry[]> {
	return db
		.select(historyColumns)
		.from(reminderEvents)
		.innerJoin(reminders, eq(reminders.id, reminderEvents.reminderId))
		.leftJoin(users, eq(users.id, reminderEvents.actorId))
		.where(and(eq(reminderEvents.organisationId, organisationId), eq(reminderEvents.debtorId, debtorId)))
		.orderBy(desc(reminderEvents.at), desc(reminderEvents.id))
		.limit(500);
}

export async function listReminderHistory(db: DbOrTx, organisationId: string, reminderId: string): Promise<HistoryEntry[]> {
	return db
		.select(historyColumns)
		.from(reminderEvents)
		.innerJoin(reminders, eq(reminders.id, reminderEvents.reminderId))
		.leftJoin(users, eq(users.id, reminderEvents.actorId))
		.where(and(eq(reminderEvents.organisationId, organisationId), eq(reminderEvents.reminderId, reminderId)))
		.orderBy(desc(reminderEvents.at), desc(reminderEvents.id));
}
