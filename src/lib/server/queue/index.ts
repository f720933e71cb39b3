import PgBoss from 'pg-boss';
import { sql, type SQL } from 'drizzle-orm';
import type { Database, DbOrTx } from '../db';
import { rowsOf } from '../db/arrays';
import { isConnectionLoss, survivePgBossConnectionLoss } from '../db/connection-loss';
import { config } from '../config';

const SCHEMA = 'pgboss';

/**
 * An operation's job that has not finished in this time is taken to have lost its worker and is
 * tried again, picking up from its last chunk; after the retries, the operation is marked failed.
 */
export const OPERATION_EXPIRE_SECONDS = 15 * 60;
export const OPERATION_RETRY_LIMIT = 2;

export type FailureNotice = { reminderId: string; organisationId: string; channel: string; error: string };

/** What the jobs of each queue carry. */
export interface Jobs {
	/** Batches of deliveries ('deliver', of the first release, carried one each). */
	deliveries: { deliveryIds: string[] };
	/** Long operations a person started (see operations/): one job per operation. */
	operations: { operationId: string };
	/** A scheduler pass for one organisation, now: a reminder to send at once, an approval. */
	'send-now': { organisationId: string };
	/** Debtors whose scenarios follow a write of many of them at once (an import, levels set in bulk). */
	'reevaluate-debtors': { organisationId: string; debtorIds: string[]; deletionsOnly: boolean };
	/** Approvers told on their phones that a reminder awaits them. */
	'tell-approvers': { organisationId: string; reminderId: string };
	/** Managers and agents told on their phones of deliveries that failed. */
	'tell-failures': { failures: FailureNotice[] };
	/** A scenario run's report to the users the organisation chose, and approvers told of what waits for them. */
	'run-report': { runId: string; awaitingValidation: number };
}

export type QueueName = keyof Jobs;

function queueOptions(): Record<QueueName, Omit<PgBoss.Queue, 'name'>> {
	return {
		deliveries: { retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: config.deliveryLeaseSeconds * 2 },
		operations: { retryLimit: OPERATION_RETRY_LIMIT, retryDelay: 2, expireInSeconds: OPERATION_EXPIRE_SECONDS },
		// One pass waiting per organisation is enough: it sends whatever is due when it runs.
		'send-now': { policy: 'short', retryLimit: 2, retryDelay: 5, expireInSeconds: 15 * 60 },
		'reevaluate-debtors': { retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: 15 * 60 },
		'tell-approvers': { retryLimit: 2, retryDelay: 10, expireInSeconds: 5 * 60 },
		'tell-failures': { retryLimit: 2, retryDelay: 10, expireInSeconds: 5 * 60 },
		'run-report': { retryLimit: 2, retryDelay: 10, expireInSeconds: 5 * 60 }
	};
}

/**
 * pg-boss on the app's own database: PostgreSQL by its URL, or the embedded PGlite through
 * pg-boss's `db.executeSql` hook (parameterless scripts may hold several statements, which
 * only PGlite's `exec` runs). Its schema and every queue exist once this returns: jobs are then
 * written by any process, in the transactions of what they follow (see enqueue). `supervise`
 * is for a process that works the queues: it expires, retries and archives jobs, and fires the
 * installation's schedules.
 */
export async function startQueue(database: Database, { supervise = true } = {}): Promise<PgBoss> {
	// A job whose worker died before claiming its deliveries comes back when it expires, found
	// by pg-boss's maintenance: both within about two leases. (Deliveries already claimed come
	// back by their own lease: see lostDeliveries.)
	const lease = config.deliveryLeaseSeconds;
	const common = { schema: SCHEMA, maintenanceIntervalSeconds: Math.min(lease, 120), supervise, schedule: supervise };
	const boss = database.url
		? new PgBoss({ ...common, connectionString: database.url, max: 4 })
		: new PgBoss({ ...common, db: pgliteExecutor(database) });
	// A lost connection is one line (pg's error carries its whole client); anything else in full.
	boss.on('error', (error) =>
		console.error('[queue]', isConnectionLoss(error) ? `connection lost: ${error.message}` : error)
	);
	survivePgBossConnectionLoss();
	await boss.start();
	// createQueue leaves a queue that exists as it was: updateQueue then applies this process's
	// settings (a lease changed since, or a queue first made by a process with other settings).
	for (const [name, options] of Object.entries(queueOptions())) {
		await boss.createQueue(name, { name, ...options });
		await boss.updateQueue(name, { name, ...options });
	}
	return boss;
}

function pgliteExecutor(database: Database) {
	const pglite = database.pglite;
	if (!pglite) throw new Error('startQueue: no PGlite instance and no URL');
	return {
		async executeSql(text: string, values?: unknown[]) {
			if (values && values.length) return pglite.query(text, values);
			const results = await pglite.exec(text);
			return results[results.length - 1] ?? { rows: [] };
		}
	};
}

/**
 * pg-boss's statements run inside one of our transactions: the jobs are committed with what
 * they follow, or not at all, so no crash can leave a write without its consequence.
 */
function transactionExecutor(tx: DbOrTx) {
	return {
		async executeSql(text: string, values: unknown[] = []) {
			const chunks: SQL[] = [];
			let last = 0;
			for (const match of text.matchAll(/\$(\d+)/g)) {
				// drizzle leaves an undefined value out of the statement: pg-boss's unset options are nulls.
				chunks.push(sql.raw(text.slice(last, match.index)), sql`${values[Number(match[1]) - 1] ?? null}`);
				last = match.index + match[0].length;
			}
			chunks.push(sql.raw(text.slice(last)));
			return { rows: rowsOf(await tx.execute(sql.join(chunks))) };
		}
	};
}

/**
 * Writes jobs and nothing else: a job is a row, and writing it needs no started queue, only the
 * caller's transaction. Its own connection is never used.
 */
const writer = new PgBoss({
	schema: SCHEMA,
	db: {
		executeSql: () => Promise.reject(new Error('the job writer runs only in a caller’s transaction'))
	}
});

export interface EnqueueOptions {
	/** Held back this long, by the database's clock. */
	startAfterSeconds?: number;
	/** A queue whose policy keeps one waiting job per key drops the others: see queueOptions. */
	singletonKey?: string;
}

/**
 * Jobs of a queue, written in `tx`: they exist when it commits, and only then. pg-boss writes
 * nothing for a queue it does not know: startQueue makes every queue of Jobs before the app
 * takes its first request.
 */
export async function enqueue<Q extends QueueName>(
	tx: DbOrTx,
	queue: Q,
	jobs: Jobs[Q][],
	options: EnqueueOptions = {}
): Promise<void> {
	if (!jobs.length) return;
	const startAfter = options.startAfterSeconds ? `${options.startAfterSeconds} seconds` : undefined;
	await writer.insert(
		jobs.map((data) => ({ name: queue, data, startAfter, singletonKey: options.singletonKey })),
		{ db: transactionExecutor(tx) }
	);
}

/** A pass for the organisation as soon as a worker takes it: once, however many ask before it starts. */
export function enqueueSendNow(tx: DbOrTx, organisationId: string): Promise<void> {
	return enqueue(tx, 'send-now', [{ organisationId }], { singletonKey: organisationId });
}
