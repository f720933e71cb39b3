import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { reminderEvents, reminders, users } from '../db/schema';

export type ReminderEvent = typeof reminderEvents.$inferInsert;

/**
 * The events as one JSON parameter: a sending job writes hundreds at once, and a statement of
 * ten parameters per row costs more to build and parse than the rows cost to write.
 */
export async function recordEvents(tx: DbOrTx, events: ReminderEvent[]): Promise<void> {
	if (!events.length) return;
	await tx.execute(sql`
		insert into ${reminderEvents} (organisation_id, reminder_id, debtor_id, actor_id, action, from_status, to_status, changes, reason, at)
		${eventRows(events)}`);
}

/** The rows of an insert into reminder_events, as a select of the one JSON parameter. */
export function eventRows(events: ReminderEvent[]): SQL {
	const rows = events.map((e) => ({
		organisation_id: e.organisationId,
		reminder_id: e.reminderId,
		debtor_id: e.debtorId,
		actor_id: e.actorId ?? null,
		action: e.action,
		from_status: e.fromStatus ?? null,
		to_status: e.toStatus ?? null,
		changes: e.changes ?? null,
		reason: e.reason ?? '',
		at: e.at ?? null
	}));
	return sql`select organisation_id, reminder_id, debtor_id, actor_id, action, from_status, to_status, changes, reason, coalesce(at, now())
		from json_to_recordset(${JSON.stringify(rows)}::json) as e(
			organisation_id uuid, reminder_id uuid, debtor_id uuid, actor_id uuid, action text,
			from_status reminder_status, to_status reminder_status, changes jsonb, reason text, at timestamptz
		)`;
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

export async function listReminderHistory(
	db: DbOrTx,
	organisationId: string,
	reminderId: string
): Promise<HistoryEntry[]> {
	return db
		.select(historyColumns)
		.from(reminderEvents)
		.innerJoin(reminders, eq(reminders.id, reminderEvents.reminderId))
		.leftJoin(users, eq(users.id, reminderEvents.actorId))
		.where(and(eq(reminderEvents.organisationId, organisationId), eq(reminderEvents.reminderId, reminderId)))
		.orderBy(desc(reminderEvents.at), desc(reminderEvents.id));
}
