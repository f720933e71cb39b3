import { and, count, eq, isNull } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import type { Db } from '../db';
import { debtors, operations } from '../db/schema';
import { enqueueDeliveries, OPERATIONS_QUEUE } from '../delivery/queue';
import { runScenarios } from '../scenarios/run';
import { sendRunReport } from '../scenarios/report';
import type { Actor } from '../auth/actor';
import { finishOperation, recordProgress, runningOperation, startOperation } from './operations';
import { sendReminders, sendToDebtors, type Enqueue, type Started } from './send';
import { lettersPdf } from '../letters/pdf-operation';
import { exportFile } from '../exports/operation';
import { importFile } from './import';

type Operation = typeof operations.$inferSelect;

/** « Lancer maintenant »: a full run of the organisation's scenarios, by an operation. */
export async function startScenarioRun(db: Db, boss: PgBoss, actor: Actor): Promise<Started> {
	const running = await runningOperation(db, actor.organisationId, 'scenario_run');
	if (running) return { ok: true, id: running.id, joined: true };
	const [row] = await db.select({ n: count() }).from(debtors).where(and(eq(debtors.organisationId, actor.organisationId), isNull(debtors.erasedAt)));
	return { ok: true, ...(await startOperation(db, boss, { organisationId: actor.organisationId, kind: 'scenario_run', startedBy: actor.userId, total: Number(row.n), params: {} })) };
}

/** A run decides from the debtors' state, so a try that resumes simply runs again: nothing is written twice. */
async function scenarioRun(db: Db, op: Operation): Promise<void> {
	const report = await runScenarios(db, op.organisationId, 'manual', {
		onProgress: (done) => recordProgress(db, op.id, done, {}, Math.max(done, op.total))
	});
	if (!report) return finishOperation(db, op.id, 'failed', 'error');
	await sendRunReport(db, report);
	await finishOperation(db, op.id, 'done', 'scenario_run', { created: report.created, deleted: report.deleted, skipped: report.skipped, debtors: report.debtors }, report.debtors);
}

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
export async function runOperation(db: Db, operationId: string, enqueue: Enqueue, { lastTry = true } = {}): Promise<void> {
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
	const enqueue: Enqueue = (tx, ids) => enqueueDeliveries(boss, ids, { tx });
	await boss.work<{ operationId: string }>(OPERATIONS_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5, includeMetadata: true }, async ([job]) => {
		await runOperation(db, job.data.operationId, enqueue, { lastTry: job.retryCount >= job.retryLimit });
	});
}
