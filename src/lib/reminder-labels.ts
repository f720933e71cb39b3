import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { Channel } from '$lib/validation/reminders';

import type { ReminderStatusName } from '$lib/reminder-statuses';

export { REMINDER_STATUSES, type ReminderStatusName } from '$lib/reminder-statuses';

const STATUS: Record<ReminderStatusName, () => string> = {
	draft: m.reminders_status_draft,
	pending_validation: m.reminders_status_pending_validation,
	scheduled: m.reminders_status_scheduled,
	sending: m.reminders_status_sending,
	sent: m.reminders_status_sent,
	failed: m.reminders_status_failed,
	cancelled: m.reminders_status_cancelled,
	deleted: m.reminders_status_deleted,
	to_review: m.reminders_status_to_review
};
const CHANNEL: Record<Channel, (inputs?: object, options?: { locale?: Locale }) => string> = {
	email: m.reminders_channel_email,
	sms: m.reminders_channel_sms,
	letter: m.reminders_channel_letter
};
const ACTION: Record<string, () => string> = {
	created: m.reminders_action_created,
	updated: m.reminders_action_updated,
	submitted: m.reminders_action_submitted,
	approved: m.reminders_action_approved,
	rejected: m.reminders_action_rejected,
	cancelled: m.reminders_action_cancelled,
	deleted: m.reminders_action_deleted,
	sent: m.reminders_action_sent,
	failed: m.reminders_action_failed,
	to_review: m.reminders_action_to_review,
	sending: m.reminders_action_sending,
	to_check: m.reminders_action_to_check,
	delivery_sent: m.reminders_action_delivery_sent,
	delivery_failed: m.reminders_action_delivery_failed,
	delivery_delivered: m.reminders_action_delivery_delivered,
	delivery_bounced: m.reminders_action_delivery_bounced,
	checked: m.reminders_action_checked,
	held: m.reminders_action_held,
	released: m.reminders_action_released,
	fallback_letter: m.reminders_action_fallback_letter,
	fallback_sms: m.reminders_action_fallback_sms,
	fallback_none: m.reminders_action_fallback_none,
	registered_number: m.letters_action_registered_number
};
/** Named one by one: `m[name]` would ship every message of the app to the page. */
const DELIVERY: Record<string, () => string> = {
	queued: m.sending_delivery_queued,
	sending: m.sending_delivery_sending,
	sent: m.sending_delivery_sent,
	delivered: m.sending_delivery_delivered,
	failed: m.sending_delivery_failed,
	bounced: m.sending_delivery_bounced,
	to_check: m.sending_delivery_to_check,
	to_print: m.sending_delivery_to_print,
	cancelled: m.sending_delivery_cancelled
};

export const statusLabel = (status: string) => STATUS[status as ReminderStatusName]?.() ?? status;
export const channelLabel = (channel: string) => CHANNEL[channel as Channel]?.() ?? channel;
/** In a file's own language rather than the reader's. */
export const channelLabelIn = (channel: string, locale: Locale) =>
	CHANNEL[channel as Channel]?.({}, { locale }) ?? channel;
export const actionLabel = (action: string) => ACTION[action]?.() ?? action;
export const deliveryLabel = (status: string) => DELIVERY[status]?.() ?? status;

/**
 * A reminder's place in the collection: 'manual' (written by hand), 'scenario' (a scenario's,
 * without a step) or a step's position ('1', '2'…), as the phone's cache and the filters carry it.
 */
export function reminderStepLabel(step: string, tag = ''): string {
	const base =
		step === 'manual' ? m.today_manual() : step === 'scenario' ? m.today_scenario() : m.today_step({ n: step });
	return [base, tag].filter(Boolean).join(' · ');
}

/** The order of the step filter's choices: by hand, then the scenario's steps in order. */
export const stepOrder = (a: string, b: string) => stepRank(a) - stepRank(b);
const stepRank = (s: string) => (s === 'manual' ? -2 : s === 'scenario' ? -1 : Number(s));
