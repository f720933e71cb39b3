import { and, eq, sql } from 'drizzle-orm';
import { storedText } from '$lib/stored-text';
import type { Db } from '../db';
import { deliveries, reminders } from '../db/schema';
import { recordEvents } from '../lifecycle/history';
import { lockReminders, settleReminders } from './settle';
import { enqueueDeliveries } from './queue';

export type ToCheckDecision = 'left' | 'resend';

const REASONS: Record<ToCheckDecision, string> = {
	left: storedText('checked_left'),
	resend: storedText('checked_resend')
};

/**
 * A person's answer about a delivery « à vérifier », after looking at the provider's logs: it
 * left (the delivery is sent, and its reminder settles), or it did not (it is queued again, in
 * the same transaction as its job). Only a delivery still « à vérifier » in his organisation is
 * touched: answered twice, the second answer finds nothing.
 */
export async function resolveToCheck(
	db: Db,
	organisationId: string,
	deliveryId: string,
	actorId: string,
	decision: ToCheckDecision
): Promise<boolean> {
	return db.transaction(async (tx) => {
		const [target] = await tx
			.select({ reminderId: deliveries.reminderId, debtorId: reminders.debtorId, channel: deliveries.channel })
			.from(deliveries)
			.innerJoin(reminders, eq(reminders.id, deliveries.reminderId))
			.where(
				and(
					eq(deliveries.id, deliveryId),
					eq(deliveries.organisationId, organisationId),
					eq(deliveries.status, 'to_check')
				)
			);
		if (!target) return false;
		await lockReminders(tx, [target.reminderId]);
		const [moved] = await tx
			.update(deliveries)
			.set(
				decision === 'left'
					? { status: 'sent', sentAt: sql`now()`, lastError: '', updatedAt: sql`now()` }
					: { status: 'queued', batchKey: null, lastError: '', updatedAt: sql`now()` }
			)
			.where(and(eq(deliveries.id, deliveryId), eq(deliveries.status, 'to_check')))
			.returning({ id: deliveries.id });
		if (!moved) return false;
		await recordEvents(tx, [
			{
				organisationId,
				reminderId: target.reminderId,
				debtorId: target.debtorId,
				actorId,
				action: 'checked',
				reason: storedText('on_channel', { channel: target.channel, reason: REASONS[decision] })
			}
		]);
		if (decision === 'left') await settleReminders(tx, [target.reminderId], { actorId, locked: true });
		else await enqueueDeliveries(tx, [deliveryId]);
		return true;
	});
}
