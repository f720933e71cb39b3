import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { storedText } from '$lib/stored-text';
import type { Db, DbOrTx } from '../db';
import { deliveries, letterBatches, organisations, reminders } from '../db/schema';
import { recordEvents, type ReminderEvent } from '../lifecycle/history';
import { todayIn } from '$lib/dates';
import { loadLetters } from './load';
import { renderLetterPdf } from './pdf';
import { letterDeliveries, organisationTimezone, sentOn, waitingToPrint } from './queries';

export type LetterBatch = typeof letterBatches.$inferSelect;

/** History reasons are stored as written, in French like every reason of the history. */
const SENT_REASON = storedText('letter_printed');
export const REPRINT_REASON = storedText('letter_reprint');

/**
 * The day's PDF: every letter waiting to print and in no batch yet joins a new batch, under
 * row locks that skip what a concurrent call holds, so that no letter is in two batches.
 * Null when nothing waits.
 */
export function createBatch(db: DbOrTx, organisationId: string, userId: string | null): Promise<LetterBatch | null> {
	return db.transaction(async (tx) => {
		const waiting = await tx
			.select({ id: deliveries.id })
			.from(deliveries)
			.where(waitingToPrint(organisationId))
			.orderBy(asc(deliveries.createdAt), asc(deliveries.id))
			.for('update', { skipLocked: true });
		if (!waiting.length) return null;
		const [batch] = await tx
			.insert(letterBatches)
			.values({ organisationId, status: 'printing', letterCount: waiting.length, createdBy: userId })
			.returning();
		await tx
			.update(deliveries)
			.set({ letterBatchId: batch.id, updatedAt: sql`now()` })
			.where(
				and(
					letterDeliveries(organisationId),
					inArray(
						deliveries.id,
						waiting.map((d) => d.id)
					)
				)
			);
		return batch;
	});
}

/**
 * The batch's letters as one PDF, and the day it was made (for the file's name). Null when there
 * is nothing to print. The PDF its operation made is served as it is; without one (a small batch),
 * or with `fresh`, the letters are drawn now, `onProgress` told how many of how many are done.
 */
export async function batchPdf(
	db: DbOrTx,
	organisationId: string,
	batchId: string,
	{ fresh = false, onProgress }: { fresh?: boolean; onProgress?: (drawn: number, total: number) => Promise<void> } = {}
): Promise<{ pdf: Uint8Array; day: string; letters: number } | null> {
	const [batch] = await db
		.select({
			createdAt: letterBatches.createdAt,
			timezone: organisations.timezone,
			duplex: organisations.letterDuplex,
			stored: letterBatches.pdf
		})
		.from(letterBatches)
		.innerJoin(organisations, eq(organisations.id, letterBatches.organisationId))
		.where(and(eq(letterBatches.id, batchId), eq(letterBatches.organisationId, organisationId)));
	if (!batch) return null;
	const letters = await db
		.select({ id: deliveries.id })
		.from(deliveries)
		.where(and(letterDeliveries(organisationId), eq(deliveries.letterBatchId, batchId)));
	if (!letters.length) return null;
	const day = todayIn(batch.timezone, batch.createdAt);
	if (batch.stored && !fresh) return { pdf: batch.stored, day, letters: letters.length };
	const inputs = await loadLetters(
		db,
		organisationId,
		letters.map((l) => l.id)
	);
	const pdf = await renderLetterPdf(inputs, {
		duplex: batch.duplex,
		onProgress: onProgress && ((drawn) => onProgress(drawn, inputs.length))
	});
	return { pdf, day, letters: inputs.length };
}

/** Keeps the PDF of a batch still waiting for its printer question; an answered batch needs none. */
export async function storeBatchPdf(
	db: DbOrTx,
	organisationId: string,
	batchId: string,
	pdf: Uint8Array
): Promise<void> {
	await db
		.update(letterBatches)
		.set({ pdf })
		.where(
			and(
				eq(letterBatches.id, batchId),
				eq(letterBatches.organisationId, organisationId),
				eq(letterBatches.status, 'printing')
			)
		);
}

export type BatchAnswer =
	| { kind: 'not_found' }
	| { kind: 'already_answered' }
	/** The caller applies the effects of sending to these reminders, in the same transaction. */
	| { kind: 'sent'; deliveryIds: string[]; reminderIds: string[] }
	| { kind: 'back_to_print'; deliveryIds: string[] };

/**
 * The answer to « L'impression s'est-elle bien passée ? ». Yes: the letters are
 * sent, only now. No (paper jam, empty cartridge): they wait to print again, in no batch, and
 * the next PDF takes them. A batch is answered once.
 */
export function confirmBatch(
	db: Db,
	organisationId: string,
	batchId: string,
	userId: string | null,
	printedOk: boolean
): Promise<BatchAnswer> {
	return db.transaction(async (tx): Promise<BatchAnswer> => {
		const [batch] = await tx
			.select({ status: letterBatches.status })
			.from(letterBatches)
			.where(and(eq(letterBatches.id, batchId), eq(letterBatches.organisationId, organisationId)))
			.for('update');
		if (!batch) return { kind: 'not_found' };
		if (batch.status !== 'printing') return { kind: 'already_answered' };
		const inBatch = and(
			letterDeliveries(organisationId),
			eq(deliveries.letterBatchId, batchId),
			eq(deliveries.status, 'to_print')
		);

		if (!printedOk) {
			const back = await tx
				.update(deliveries)
				.set({ letterBatchId: null, updatedAt: sql`now()` })
				.where(inBatch)
				.returning({ id: deliveries.id });
			await tx
				.update(letterBatches)
				.set({ status: 'cancelled', cancelledAt: sql`now()`, pdf: null })
				.where(eq(letterBatches.id, batchId));
			return { kind: 'back_to_print', deliveryIds: back.map((d) => d.id) };
		}

		const sent = await tx
			.update(deliveries)
			.set({ status: 'sent', sentAt: sql`now()`, updatedAt: sql`now()` })
			.where(inBatch)
			.returning({ id: deliveries.id, reminderId: deliveries.reminderId });
		await tx
			.update(letterBatches)
			.set({ status: 'confirmed', confirmedAt: sql`now()`, pdf: null })
			.where(eq(letterBatches.id, batchId));
		const reminderIds = [...new Set(sent.map((d) => d.reminderId))];
		await recordEvents(
			tx,
			await eventsFor(tx, organisationId, reminderIds, { actorId: userId, action: 'sent', reason: SENT_REASON })
		);
		return { kind: 'sent', deliveryIds: sent.map((d) => d.id), reminderIds };
	});
}

/**
 * « Annuler l'envoi des relances »: a batch confirmed by mistake. The letters sent
 * on `day` (the organisation's calendar day) wait to print again, their batches are
 * cancelled, and each reminder's history says why.
 */
export function cancelLettersOfDate(
	db: Db,
	organisationId: string,
	day: string,
	userId: string | null
): Promise<{ deliveryIds: string[]; reminderIds: string[] }> {
	return db.transaction(async (tx) => {
		const timezone = await organisationTimezone(tx, organisationId);
		const letters = await tx
			.select({ id: deliveries.id, reminderId: deliveries.reminderId, batchId: deliveries.letterBatchId })
			.from(deliveries)
			.where(and(letterDeliveries(organisationId), sentOn(day, timezone)))
			.for('update');
		if (!letters.length) return { deliveryIds: [], reminderIds: [] };
		const deliveryIds = letters.map((l) => l.id);
		await tx
			.update(deliveries)
			.set({ status: 'to_print', sentAt: null, letterBatchId: null, updatedAt: sql`now()` })
			.where(and(letterDeliveries(organisationId), inArray(deliveries.id, deliveryIds)));
		const batchIds = [...new Set(letters.map((l) => l.batchId!))];
		await tx
			.update(letterBatches)
			.set({ status: 'cancelled', cancelledAt: sql`now()`, pdf: null })
			.where(and(eq(letterBatches.organisationId, organisationId), inArray(letterBatches.id, batchIds)));
		const reminderIds = [...new Set(letters.map((l) => l.reminderId))];
		await recordEvents(
			tx,
			await eventsFor(tx, organisationId, reminderIds, { actorId: userId, action: 'cancelled', reason: REPRINT_REASON })
		);
		return { deliveryIds, reminderIds };
	});
}

async function eventsFor(
	tx: DbOrTx,
	organisationId: string,
	reminderIds: string[],
	event: Pick<ReminderEvent, 'actorId' | 'action' | 'reason'>
): Promise<ReminderEvent[]> {
	if (!reminderIds.length) return [];
	const rows = await tx
		.select({ id: reminders.id, debtorId: reminders.debtorId })
		.from(reminders)
		.where(and(eq(reminders.organisationId, organisationId), inArray(reminders.id, reminderIds)));
	return rows.map((r) => ({ organisationId, reminderId: r.id, debtorId: r.debtorId, ...event }));
}
