import { and, inArray, sql, type SQL } from 'drizzle-orm';
import { storedText } from '$lib/stored-text';
import type { DbOrTx } from '../../db';
import { deliveries, reminders } from '../../db/schema';
import { recordEvents } from '../../lifecycle/history';
import { lockReminders, settleReminders } from '../settle';
import { enqueue } from '../../queue';

export type ProviderOutcome = { status: 'delivered' } | { status: 'failed' | 'bounced'; reason: string };

/** What a webhook answers its route: 401, 400, or 200 whether or not anything changed. */
export type WebhookResult = 'unauthorized' | 'invalid' | 'applied' | 'ignored';

export type ChangedDelivery = {
	id: string;
	contactId: string;
	reminderId: string;
	organisationId: string;
	channel: string;
};

/**
 * Applies a provider's news about a message that left. A failure overrides a delivery (a late
 * bounce) but never the reverse, and nothing else is touched: events arriving twice or out of
 * order end the same way. News of a delivery "à vérifier" settles the doubt: it did leave.
 * Each change is written in the reminder's history, and managers and agents are told of the
 * failures by a job of the same transaction. `match` finds the delivery; returns the deliveries
 * it changed.
 */
export async function recordOutcome(
	tx: DbOrTx,
	match: SQL[],
	outcome: ProviderOutcome,
	/** Runs on the changed deliveries before their reminders settle (a bounce's fallback). */
	beforeSettle?: (changed: ChangedDelivery[]) => Promise<void>
) {
	const from =
		outcome.status === 'delivered' ? (['sent', 'to_check'] as const) : (['sent', 'delivered', 'to_check'] as const);
	const targets = await tx
		.select({ reminderId: deliveries.reminderId })
		.from(deliveries)
		.where(and(...match));
	await lockReminders(
		tx,
		targets.map((t) => t.reminderId)
	);
	const changed = await tx
		.update(deliveries)
		.set({ status: outcome.status, lastError: 'reason' in outcome ? outcome.reason : '', updatedAt: sql`now()` })
		.where(and(...match, inArray(deliveries.status, [...from])))
		.returning({
			id: deliveries.id,
			contactId: deliveries.contactId,
			reminderId: deliveries.reminderId,
			organisationId: deliveries.organisationId,
			channel: deliveries.channel
		});
	if (!changed.length) return changed;
	const owners = await tx
		.select({ id: reminders.id, debtorId: reminders.debtorId })
		.from(reminders)
		.where(
			inArray(
				reminders.id,
				changed.map((d) => d.reminderId)
			)
		);
	const debtorOf = new Map(owners.map((o) => [o.id, o.debtorId]));
	const reason = 'reason' in outcome ? outcome.reason : '';
	await recordEvents(
		tx,
		changed.map((d) => ({
			organisationId: d.organisationId,
			reminderId: d.reminderId,
			debtorId: debtorOf.get(d.reminderId)!,
			action: `delivery_${outcome.status}`,
			reason: reason ? storedText('on_channel', { channel: d.channel, reason }) : ''
		}))
	);
	await beforeSettle?.(changed);
	await settleReminders(
		tx,
		changed.map((d) => d.reminderId),
		{ locked: true }
	);
	if (outcome.status !== 'delivered')
		await enqueue(tx, 'tell-failures', [
			{
				failures: changed.map((d) => ({
					reminderId: d.reminderId,
					organisationId: d.organisationId,
					channel: d.channel,
					error: reason
				}))
			}
		]);
	return changed;
}
