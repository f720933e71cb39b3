import { eq } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import type { Db } from '../db';
import { operations } from '../db/schema';
import { enqueueDeliveries } from '../delivery/queue';
import { finishOperation } from '../operations/operations';
import { sendReminders, sendToDebtors, type Enqueue } from '../operations/send';
import { scenarioRun } from '../operations/scenario-run';
import { importFile } from '../operations/import';
import { lettersPdf } from '../letters/pdf-operation';
import { exportFile } from '../exports/operation';

type Operation = typeof operations.$inferSelect;

const BODIES: Record<string, (db: Db, op: Operation, enqueue: Enqueue) => Promise<void>> = {
	send_due: sendReminders,
	send_all: sendReminders,
	send_debtors: sendToDebtors,
	scenario_run: scenarioRun,
	letters_pdf: lettersPdf,
	export: exportFile,
	import: importFile
};

/**
 * Works one operation to its end. On an error the job fails and pg-boss tries it again, which
 * resumes from the progress recorded; the last try marks the operation failed, with its reason.
 */
export async function runOperation(
	db: Db,
	operationId: string,
	enqueue: Enqueue,
	{ lastTry = true } = {}
): Promise<void> {
	const [op] = await db.select().from(operations).where(eq(operations.id, operationId));
	if (!op || op.status !== 'running') return;
	try {
		await BODIES[op.kind](db, op, enqueue);
	} catch (error) {
		if (lastTry) await finishOperation(db, op.id, 'failed', 'error');
		throw error;
	}
}

/** This process works the operations' queue, one operation at a time. */
export async function workOperations(boss: PgBoss, db: Db): Promise<void> {
	await boss.work<{ operationId: string }>(
		'operations',
		{ batchSize: 1, pollingIntervalSeconds: 0.5, includeMetadata: true },
		async ([job]) => {
			await runOperation(db, job.data.operationId, (tx, ids) => enqueueDeliveries(tx, ids), {
				lastTry: job.retryCount >= job.retryLimit
			});
		}
	);
}
