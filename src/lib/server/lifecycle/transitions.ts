import type { reminderStatusEnum } from '../db/schema';

export type ReminderStatus = (typeof reminderStatusEnum.enumValues)[number];

/**
 * The only moves a reminder may make; a sent, cancelled or deleted reminder never moves again.
 * The database holds the same table (the reminders' transition trigger) and refuses any other
 * move, whatever wrote it: change both together.
 */
export const TRANSITIONS: Readonly<Record<ReminderStatus, readonly ReminderStatus[]>> = {
	draft: ['draft', 'pending_validation', 'scheduled', 'cancelled', 'deleted'],
	pending_validation: ['pending_validation', 'scheduled', 'draft', 'cancelled', 'deleted'],
	scheduled: ['scheduled', 'pending_validation', 'draft', 'sending', 'to_review', 'cancelled', 'deleted'],
	to_review: ['scheduled', 'pending_validation', 'cancelled', 'deleted'],
	sending: ['sent', 'failed'],
	failed: ['scheduled', 'cancelled'],
	sent: [],
	cancelled: [],
	deleted: []
};

export function canTransition(from: ReminderStatus, to: ReminderStatus): boolean {
	return TRANSITIONS[from].includes(to);
}

/** The states from which a reminder may reach every one of `targets`. */
export function sourcesOf(...targets: ReminderStatus[]): ReminderStatus[] {
	return (Object.keys(TRANSITIONS) as ReminderStatus[]).filter((from) =>
		targets.every((to) => canTransition(from, to))
	);
}

/** A person may change a reminder until it starts sending. */
export const EDITABLE_STATUSES: readonly ReminderStatus[] = ['draft', 'pending_validation', 'scheduled', 'to_review'];

export const isEditable = (status: ReminderStatus) => EDITABLE_STATUSES.includes(status);

/** Where a saved reminder stands: a draft stays one; otherwise it waits for approval or its date. */
export function statusAfterSave(intent: 'save' | 'draft', requiresValidation: boolean): ReminderStatus {
	if (intent === 'draft') return 'draft';
	return requiresValidation ? 'pending_validation' : 'scheduled';
}
