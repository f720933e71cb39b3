/** A reminder's life: the database enum and the screens share this list. */
export const REMINDER_STATUSES = [
	'draft',
	'pending_validation',
	'scheduled',
	'sending',
	'sent',
	'failed',
	'cancelled',
	'deleted',
	'to_review'
] as const;
export type ReminderStatusName = (typeof REMINDER_STATUSES)[number];
