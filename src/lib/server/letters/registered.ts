import { and, asc, desc, eq, gt, isNotNull, sql } from 'drizzle-orm';
import { storedText } from '$lib/stored-text';
import type { Db, DbOrTx } from '../db';
import { contacts, debtors, deliveries, letterBatches, reminders } from '../db/schema';
import { recordEvents } from '../lifecycle/history';
import { letterDeliveries } from './queries';

/** How long after its PDF a registered letter is listed for its number. */
const LISTED_DAYS = 30;
const LISTED_LIMIT = 200;

/** Registered letters of a PDF (printing or printed): the ones whose number a person records. */
const registeredInBatch = (organisationId: string) =>
	and(letterDeliveries(organisationId), isNotNull(deliveries.letterBatchId), eq(reminders.registered, true));

/** The registered letters of the last PDFs, newest PDF first, with the number recorded so far. */
export function listRegisteredLetters(db: DbOrTx, organisationId: string) {
	return db
		.select({
			deliveryId: deliveries.id,
			reminderId: reminders.id,
			debtorName: debtors.name,
			recipient: sql<string>`trim(${contacts.civility} || ' ' || ${contacts.firstName} || ' ' || ${contacts.lastName})`,
			batchCreatedAt: letterBatches.createdAt,
			registeredNumber: deliveries.registeredNumber
		})
		.from(deliveries)
		.innerJoin(reminders, eq(reminders.id, deliveries.reminderId))
		.innerJoin(debtors, eq(debtors.id, reminders.debtorId))
		.innerJoin(contacts, eq(contacts.id, deliveries.contactId))
		.innerJoin(letterBatches, eq(letterBatches.id, deliveries.letterBatchId))
		.where(
			and(
				registeredInBatch(organisationId),
				gt(letterBatches.createdAt, sql`now() - make_interval(days => ${LISTED_DAYS})`)
			)
		)
		.orderBy(desc(letterBatches.createdAt), asc(debtors.name), asc(contacts.lastName), asc(deliveries.id))
		.limit(LISTED_LIMIT);
}

export type RegisteredNumberOutcome = 'recorded' | 'unchanged' | 'not_found';

/**
 * Records the number of a registered letter once printed, and says so in its reminder's
 * history (the number it replaces too, when corrected). A letter of another organisation,
 * not registered or not yet in a PDF is not found.
 */
export function recordRegisteredNumber(
	db: Db,
	organisationId: string,
	userId: string | null,
	deliveryId: string,
	number: string
): Promise<RegisteredNumberOutcome> {
	return db.transaction(async (tx) => {
		const [letter] = await tx
			.select({
				id: deliveries.id,
				before: deliveries.registeredNumber,
				reminderId: reminders.id,
				debtorId: reminders.debtorId
			})
			.from(deliveries)
			.innerJoin(reminders, eq(reminders.id, deliveries.reminderId))
			.where(and(registeredInBatch(organisationId), eq(deliveries.id, deliveryId)))
			.for('update', { of: deliveries });
		if (!letter) return 'not_found';
		if (letter.before === number) return 'unchanged';
		await tx
			.update(deliveries)
			.set({ registeredNumber: number, updatedAt: sql`now()` })
			.where(eq(deliveries.id, letter.id));
		// Stored in French, like every reason of the history.
		const reason = storedText('registered', letter.before ? { number, before: letter.before } : { number });
		await recordEvents(tx, [
			{
				organisationId,
				reminderId: letter.reminderId,
				debtorId: letter.debtorId,
				actorId: userId,
				action: 'registered_number',
				reason,
				changes: { registeredNumber: { from: letter.before, to: number } }
			}
		]);
		return 'recorded';
	});
}
