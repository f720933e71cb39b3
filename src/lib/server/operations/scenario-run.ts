import { and, count, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db';
import { debtors, operations } from '../db/schema';
import { runScenarios } from '../scenarios/run';
import type { Actor } from '../auth/actor';
import { finishOperation, recordProgress, runningOperation, startOperation } from './operations';
import type { Started } from './send';

type Operation = typeof operations.$inferSelect;

/** « Lancer maintenant »: a full run of the organisation's scenarios, by an operation. */
export async function startScenarioRun(db: Db, actor: Actor): Promise<Started> {
	const running = await runningOperation(db, actor.organisationId, 'scenario_run');
	if (running) return { ok: true, id: running.id, joined: true };
	const [row] = await db
		.select({ n: count() })
		.from(debtors)
		.where(and(eq(debtors.organisationId, actor.organisationId), isNull(debtors.erasedAt)));
	return {
		ok: true,
		...(await startOperation(db, {
			organisationId: actor.organisationId,
			kind: 'scenario_run',
			startedBy: actor.userId,
			total: Number(row.n),
			params: {}
		}))
	};
}

/** The job of scenario_run. A run decides from the debtors' state, so a try that resumes simply runs again: nothing is written twice. */
export async function scenarioRun(db: Db, op: Operation): Promise<void> {
	const report = await runScenarios(db, op.organisationId, 'manual', {
		onProgress: (done) => recordProgress(db, op.id, done, {}, Math.max(done, op.total))
	});
	if (!report) return finishOperation(db, op.id, 'failed', 'error');
	await finishOperation(
		db,
		op.id,
		'done',
		'scenario_run',
		{ created: report.created, deleted: report.deleted, skipped: report.skipped, debtors: report.debtors },
		report.debtors
	);
}
