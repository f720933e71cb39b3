import { and, eq, sql } from 'drizzle-orm';
import { readStoredText } from '$lib/stored-text';
import type { Db, Tx } from '../db';
import { organisations, reminders, users } from '../db/schema';
import { m } from '$lib/paraglide/messages';
import { statusLabel } from '$lib/reminder-labels';
import { moveReminder, type MoveSet } from '../lifecycle/move';
import { canTransition, type ReminderStatus } from '../lifecycle/transitions';
import { enqueueSendNow } from '../queue';
import type { Actor } from '../auth/actor';

export type Decision = { ok: true } | { ok: false; status: 404 | 409 | 403; message: string };
type Reminder = typeof reminders.$inferSelect;

/**
 * Every decision locks the reminder's row, then checks that it is still what the person saw
 * (its version) and in a state that allows the move: approving twice, or approving what
 * changed or was deleted meanwhile, is refused with the reason, never silently applied.
 */
async function decide(
	db: Db,
	actor: Actor,
	target: { id: string; version: number },
	check: (tx: Tx, reminder: Reminder) => Promise<string | null>,
	approvalMatters: boolean,
	apply: (reminder: Reminder) => {
		status: ReminderStatus;
		action: string;
		reason?: string;
		set?: MoveSet;
		sendNow?: boolean;
	}
): Promise<Decision> {
	return db.transaction(async (tx) => {
		const [reminder] = await tx
			.select()
			.from(reminders)
			.where(and(eq(reminders.id, target.id), eq(reminders.organisationId, actor.organisationId)))
			.for('update');
		if (!reminder) return { ok: false, status: 404, message: m.error_not_found() };
		const refusal = (await stateRefusal(tx, reminder, target.version, approvalMatters)) ?? (await check(tx, reminder));
		if (refusal) return { ok: false, status: 409, message: refusal };
		const next = apply(reminder);
		const moved = await moveReminder(tx, reminder, next.status, {
			set: next.set,
			action: next.action,
			actorId: actor.userId,
			reason: next.reason
		});
		if (!moved) return { ok: false, status: 409, message: m.reminders_error_changed() };
		if (next.sendNow) await enqueueSendNow(tx, actor.organisationId);
		return { ok: true };
	});
}

/** Plain words for why a reminder cannot be decided on any more. */
async function stateRefusal(
	tx: Tx,
	reminder: Reminder,
	version: number,
	approvalMatters: boolean
): Promise<string | null> {
	const reason = reminder.statusReason ? ` : ${readStoredText(reminder.statusReason)}` : '';
	switch (reminder.status) {
		case 'deleted':
			return m.reminders_error_deleted({ reason });
		case 'sent':
		case 'sending':
			return m.reminders_error_already_sent();
		case 'cancelled':
			return m.reminders_error_cancelled({ reason });
	}
	if (approvalMatters && reminder.approvedBy && reminder.status === 'scheduled') {
		const [approver] = await tx.select({ name: users.name }).from(users).where(eq(users.id, reminder.approvedBy));
		return m.reminders_error_already_approved({ by: approver ? ` ${m.reminders_by({ name: approver.name })}` : '' });
	}
	if (reminder.version !== version) return m.reminders_error_changed();
	return null;
}

export function approveReminder(db: Db, actor: Actor, target: { id: string; version: number }): Promise<Decision> {
	return decide(
		db,
		actor,
		target,
		async (tx, reminder) => {
			if (reminder.status !== 'pending_validation')
				return m.reminders_error_not_pending({ status: statusLabel(reminder.status) });
			const [org] = await tx
				.select({ fourEyes: organisations.forbidSelfApproval })
				.from(organisations)
				.where(eq(organisations.id, actor.organisationId));
			if (org?.fourEyes && (reminder.createdBy === actor.userId || reminder.updatedBy === actor.userId))
				return m.reminders_error_self_approval();
			return null;
		},
		true,
		// Approved, it may be due now: a pass sends it without waiting for the timer.
		() => ({
			status: 'scheduled',
			action: 'approved',
			set: { approvedBy: actor.userId, approvedAt: sql`now()` },
			sendNow: true
		})
	);
}

export function rejectReminder(
	db: Db,
	actor: Actor,
	target: { id: string; version: number; reason: string }
): Promise<Decision> {
	return decide(
		db,
		actor,
		target,
		async (_tx, reminder) =>
			reminder.status === 'pending_validation'
				? null
				: m.reminders_error_not_pending({ status: statusLabel(reminder.status) }),
		true,
		() => ({ status: 'cancelled', action: 'rejected', reason: target.reason, set: { statusReason: target.reason } })
	);
}

export function cancelReminder(
	db: Db,
	actor: Actor,
	target: { id: string; version: number; reason: string }
): Promise<Decision> {
	return decide(
		db,
		actor,
		target,
		async (_tx, reminder) =>
			canTransition(reminder.status, 'cancelled')
				? null
				: m.reminders_error_not_editable({ status: statusLabel(reminder.status) }),
		false,
		() => ({ status: 'cancelled', action: 'cancelled', reason: target.reason, set: { statusReason: target.reason } })
	);
}

export function submitDraft(db: Db, actor: Actor, target: { id: string; version: number }): Promise<Decision> {
	return decide(
		db,
		actor,
		target,
		async (_tx, reminder) =>
			reminder.status === 'draft' ? null : m.reminders_error_not_editable({ status: statusLabel(reminder.status) }),
		false,
		(reminder) => ({ status: reminder.requiresValidation ? 'pending_validation' : 'scheduled', action: 'submitted' })
	);
}

export interface BulkOutcome {
	done: number;
	refused: { id: string; message: string }[];
}

/** Each reminder of a bulk decision stands alone: one refusal does not undo the others. */
export async function decideMany(
	items: { id: string; version: number }[],
	one: (item: { id: string; version: number }) => Promise<Decision>
): Promise<BulkOutcome> {
	const outcome: BulkOutcome = { done: 0, refused: [] };
	for (const item of items) {
		const result = await one(item);
		if (result.ok) outcome.done++;
		else outcome.refused.push({ id: item.id, message: result.message });
	}
	return outcome;
}
