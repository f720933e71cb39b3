import { count, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { deliveries, operations } from '../db/schema';
import { config } from '../config';
import type { Actor } from '../auth/actor';
import { finishOperation, runningOperation, runningOrJustDone, startOperation } from '../operations/operations';
import { progressRecorder } from '../operations/files';
import { batchPdf, createBatch, storeBatchPdf, type LetterBatch } from './batches';
import { waitingToPrint } from './queries';

type Operation = typeof operations.$inferSelect;

export type Generated =
	{ kind: 'batch'; batch: LetterBatch } | { kind: 'operation'; id: string; joined: boolean } | { kind: 'nothing' };

/**
 * « Générer le PDF du jour ». Up to LETTERS_OPERATION_COUNT letters, the batch is made at once and
 * its PDF drawn on download. Beyond, an operation makes the batch and draws its PDF in the
 * background; while it runs, a click joins it rather than making a second batch.
 */
export async function generateLetters(db: Db, actor: Actor): Promise<Generated> {
	const running = await runningOperation(db, actor.organisationId, 'letters_pdf');
	if (running) return { kind: 'operation', id: running.id, joined: true };
	const [waiting] = await db.select({ n: count() }).from(deliveries).where(waitingToPrint(actor.organisationId));
	if (waiting.n > config.lettersOperationCount) {
		const started = await startOperation(db, {
			organisationId: actor.organisationId,
			kind: 'letters_pdf',
			startedBy: actor.userId,
			total: waiting.n,
			params: {}
		});
		return { kind: 'operation', ...started };
	}
	const batch = await createBatch(db, actor.organisationId, actor.userId);
	if (batch) return { kind: 'batch', batch };
	// A click at the same moment may have started the operation that took them: show it.
	const other = await runningOrJustDone(db, actor.organisationId, 'letters_pdf');
	return other ? { kind: 'operation', id: other.id, joined: true } : { kind: 'nothing' };
}

/**
 * The job of letters_pdf: the batch (made on the first try, found again by the next), its letters
 * drawn with their progress, the PDF kept with the batch. A retry draws them all again: one PDF
 * cannot be resumed halfway, but no letter ever joins a second batch.
 */
export async function lettersPdf(db: Db, op: Operation): Promise<void> {
	const batchId = await operationBatch(db, op);
	if (!batchId) return finishOperation(db, op.id, 'done', 'letters_nothing', {}, 0);
	const file = await batchPdf(db, op.organisationId, batchId, { fresh: true, onProgress: progressRecorder(db, op.id) });
	// Answered « Non » meanwhile: its letters wait for the next PDF.
	if (!file) return finishOperation(db, op.id, 'done', 'letters_nothing', {}, 0);
	await db.transaction(async (tx) => {
		await storeBatchPdf(tx, op.organisationId, batchId, file.pdf);
		await finishOperation(tx, op.id, 'done', 'letters_pdf', { letters: file.letters, batchId }, file.letters);
	});
}

/**
 * The operation's batch: the waiting letters taken under the operation's row lock, and the batch
 * written into its params in the same transaction, so that a second try, even a concurrent one,
 * finds it rather than making another.
 */
async function operationBatch(db: Db, op: Operation): Promise<string | null> {
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select({ params: operations.params })
			.from(operations)
			.where(eq(operations.id, op.id))
			.for('update');
		const made = row?.params.batchId;
		if (typeof made === 'string') return made;
		const batch = await createBatch(tx, op.organisationId, op.startedBy);
		if (!batch) return null;
		await tx
			.update(operations)
			.set({ params: { ...row?.params, batchId: batch.id }, total: batch.letterCount })
			.where(eq(operations.id, op.id));
		return batch.id;
	});
}
