import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { debtors, reminders } from '../db/schema';
import { notifyDeliveriesFailed, notifyDeliveryFailed } from '../push/notify';
import type { FailureNotice as Failure } from '../queue';

/** Managers and agents learn of a failed delivery on their phones; a push problem never fails the delivery. */
async function tellFailure(db: Db, failure: Failure): Promise<void> {
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

/** Beyond this many failures of one organisation at once, its people get one notice instead. */
const ONE_BY_ONE = 3;

export async function tellFailures(db: Db, failures: Failure[]): Promise<void> {
	const byOrganisation = new Map<string, Failure[]>();
	for (const failure of failures)
		byOrganisation.set(failure.organisationId, [...(byOrganisation.get(failure.organisationId) ?? []), failure]);
	for (const [organisationId, theirs] of byOrganisation) {
		if (theirs.length <= ONE_BY_ONE) for (const failure of theirs) await tellFailure(db, failure);
		else await notifyDeliveriesFailed(db, organisationId, theirs.length).catch((e) => console.error('[push]', e));
	}
}
