import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { debtors, reminders } from '../db/schema';
import { notifyDeliveryFailed } from '../push/notify';

export type Failure = { reminderId: string; organisationId: string; channel: string; error: string };

/** Managers and agents learn of a failed delivery on their phones; a push problem never fails the delivery. */
export async function tellFailure(db: Db, failure: Failure): Promise<void> {
	const [row] = await db
		.select({ debtorName: debtors.name })
		.from(reminders)
		.innerJoin(debtors, eq(debtors.id, reminders.debtorId))
		.where(eq(reminders.id, failure.reminderId));
	await notifyDeliveryFailed(db, failure.organisationId, {
		reminderId: failure.reminderId,
		debtorName: row?.debtorName ?? '',
		channel: failure.channel,
		error: failure.error
	}).catch((e) => console.error('[push]', e));
}
