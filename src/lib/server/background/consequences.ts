import type PgBoss from 'pg-boss';
import type { Db } from '../db';
import type { Jobs } from '../queue';
import { sendNow } from '../delivery/pass';
import { tellFailures } from '../delivery/failure-notice';
import { reevaluateDebtors } from '../scenarios/run';
import { tellApprovers } from '../reminders/notifications';
import { sendWrittenRunReport } from '../delivery/run-report';

type Consequence = 'send-now' | 'reevaluate-debtors' | 'tell-approvers' | 'tell-failures' | 'run-report';

/**
 * What the jobs written in a write's transaction do, once it committed. Each may run twice (a
 * retry after a crash): a pass claims only what is still due, a re-evaluation decides from the
 * debtors' state, a notice told twice replaces itself on the phone (its tag).
 */
export const CONSEQUENCES: { [Q in Consequence]: (db: Db, data: Jobs[Q]) => Promise<unknown> } = {
	'send-now': (db, { organisationId }) => sendNow(db, organisationId),
	'reevaluate-debtors': (db, { organisationId, debtorIds, deletionsOnly }) =>
		reevaluateDebtors(db, organisationId, debtorIds, { deletionsOnly }),
	'tell-approvers': (db, { organisationId, reminderId }) => tellApprovers(db, organisationId, reminderId),
	'tell-failures': (db, { failures }) => tellFailures(db, failures),
	'run-report': (db, { runId, awaitingValidation }) => sendWrittenRunReport(db, runId, awaitingValidation)
};

export async function workConsequences(boss: PgBoss, db: Db): Promise<void> {
	for (const [queue, run] of Object.entries(CONSEQUENCES) as [
		Consequence,
		(db: Db, data: unknown) => Promise<unknown>
	][])
		await boss.work<unknown>(queue, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
			await run(db, job.data);
		});
}
