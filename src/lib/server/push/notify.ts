import type { DbOrTx } from '../db';
import { readStoredText } from '$lib/stored-text';
import type { Role } from '$lib/roles';
import { m } from '$lib/paraglide/messages';
import { audienceSubscriptions } from './subscriptions';
import { sendToSubscriptions, type PushPayload, type SendOptions, type SendResult } from './send';
import { dailyCounts } from './daily-counts';
import { inOrganisation } from '$lib/organisation-links';

export type { PushPayload, SendOptions, SendResult } from './send';

export interface NotifyTarget {
	organisationId: string;
	/** Members holding one of these roles in the organisation; all members when absent. */
	roles?: Role[];
	/** Only these users, if members of the organisation. */
	userIds?: string[];
	payload: PushPayload;
	options?: SendOptions;
}

/**
 * Notifies every device of the organisation's members chosen by role and/or user. Never throws:
 * a failure to notify is logged and counted, and must not undo what the caller just did.
 */
export async function notifyUsers(db: DbOrTx, target: NotifyTarget): Promise<SendResult> {
	const { organisationId, roles, userIds, payload, options } = target;
	try {
		const subscriptions = await audienceSubscriptions(db, { organisationId, roles, userIds });
		// A person in several agencies opens it in the one it is about, whichever he was in.
		return await sendToSubscriptions(
			db,
			subscriptions,
			{ ...payload, url: inOrganisation(payload.url, organisationId) },
			options
		);
	} catch (error) {
		console.error('[push] notifying failed', error);
		return { sent: 0, removed: 0, failed: 1 };
	}
}

/** Organisations have no language of their own yet: they are French, as their tenants. */
const locale = { locale: 'fr' } as const;

const APPROVERS: Role[] = ['admin', 'approver'];
const SENDERS: Role[] = ['manager', 'agent'];

/** A push message must stay under 4 KB once encrypted; names and errors are cut well before. */
const cut = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function notifyValidationNeeded(
	db: DbOrTx,
	organisationId: string,
	reminder: { id: string; shortDescription: string; debtorName: string },
	options?: SendOptions
): Promise<SendResult> {
	return notifyUsers(db, {
		organisationId,
		roles: APPROVERS,
		payload: {
			title: m.push_validation_title({}, locale),
			body: m.push_validation_body(
				{ debtorName: cut(reminder.debtorName), description: cut(reminder.shortDescription) },
				locale
			),
			url: `/relances/${reminder.id}`,
			tag: `validation-${reminder.id}`,
			actions: [
				{ action: 'approve', title: m.push_action_approve({}, locale) },
				{ action: 'view', title: m.push_action_view({}, locale) }
			]
		},
		options
	});
}

/** A scenario run that left many reminders for approvers: one notice to their list, not one each. */
export function notifyValidationsNeeded(
	db: DbOrTx,
	organisationId: string,
	count: number,
	options?: SendOptions
): Promise<SendResult> {
	return notifyUsers(db, {
		organisationId,
		roles: APPROVERS,
		payload: {
			title: m.push_validation_title({}, locale),
			body: count === 1 ? m.push_validations_body_one({}, locale) : m.push_validations_body_other({ count }, locale),
			url: '/a-valider',
			tag: 'validation-many'
		},
		options
	});
}

const CHANNEL_LABELS: Record<string, () => string> = {
	email: () => m.push_channel_email({}, locale),
	sms: () => m.push_channel_sms({}, locale),
	letter: () => m.push_channel_letter({}, locale)
};

export function notifyDeliveryFailed(
	db: DbOrTx,
	organisationId: string,
	failure: { reminderId: string; debtorName: string; channel: string; error: string },
	options?: SendOptions
): Promise<SendResult> {
	const channel = CHANNEL_LABELS[failure.channel]?.() ?? failure.channel;
	return notifyUsers(db, {
		organisationId,
		roles: SENDERS,
		payload: {
			title: m.push_failed_title({}, locale),
			body: m.push_failed_body(
				{ debtorName: cut(failure.debtorName), channel, error: cut(readStoredText(failure.error, 'fr'), 200) },
				locale
			),
			url: `/relances/${failure.reminderId}`,
			tag: `failed-${failure.reminderId}-${failure.channel}`
		},
		options
	});
}

/** Many failures at once (a provider refusing a whole batch): one notice, not one per tenant. */
export function notifyDeliveriesFailed(
	db: DbOrTx,
	organisationId: string,
	count: number,
	options?: SendOptions
): Promise<SendResult> {
	return notifyUsers(db, {
		organisationId,
		roles: SENDERS,
		payload: {
			title: m.push_failed_many_title({}, locale),
			body: m.push_failed_many_body({ count }, locale),
			url: '/aujourdhui',
			tag: 'failed-many'
		},
		options
	});
}

export function notifyLettersToPrint(
	db: DbOrTx,
	organisationId: string,
	count: number,
	options?: SendOptions
): Promise<SendResult> {
	return notifyUsers(db, {
		organisationId,
		roles: SENDERS,
		payload: {
			title: m.push_letters_title({}, locale),
			body: count === 1 ? m.push_letters_body_one({}, locale) : m.push_letters_body_other({ count }, locale),
			url: '/courriers',
			// One notification for the pile, replaced as it grows rather than stacked.
			tag: 'letters-to-print'
		},
		options
	});
}

/**
 * The day's summary to every device whose owner asked for it. The link is the root, which
 * sends each role to its own home (approvers to their list, others to today's sending).
 * Nothing is sent on a day with nothing to tell.
 */
export async function dailySummary(db: DbOrTx, organisationId: string, options?: SendOptions): Promise<SendResult> {
	try {
		const counts = await dailyCounts(db, organisationId);
		if (!counts.pendingValidation && !counts.scheduledToday && !counts.failed)
			return { sent: 0, removed: 0, failed: 0 };
		const subscriptions = await audienceSubscriptions(db, { organisationId, onlyDailySummary: true });
		return await sendToSubscriptions(
			db,
			subscriptions,
			{
				title: m.push_daily_title({}, locale),
				body: m.push_daily_body(
					{ pending: counts.pendingValidation, scheduled: counts.scheduledToday, failed: counts.failed },
					locale
				),
				url: inOrganisation('/', organisationId),
				tag: 'daily-summary'
			},
			options
		);
	} catch (error) {
		console.error('[push] daily summary failed', error);
		return { sent: 0, removed: 0, failed: 1 };
	}
}
