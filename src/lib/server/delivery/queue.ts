import PgBoss from 'pg-boss';
import { sql, type SQL } from 'drizzle-orm';
import type { Database, DbOrTx } from '../db';
import { rowsOf } from '../db/arrays';
import { isConnectionLoss, survivePgBossConnectionLoss } from '../db/connection-loss';
import { EMAIL_BATCH_LIMIT } from './channel';
import { config } from '../config';

// Jobs carry batches of deliveries ('deliver', of the first release, carried one each).
export const DELIVER_QUEUE = 'deliveries';
/** Long operations a person started (see operations/): one job per operation. */
export const OPERATIONS_QUEUE = 'operations';
/**
 * An operation's job that has not finished in this time is taken to have lost its worker and is
 * tried again, picking up from its last chunk; after the retries, the operation is marked failed.
 */
export const OPERATION_EXPIRE_SECONDS = 15 * 60;
export const OPERATION_RETRY_LIMIT = 2;

/** One job carries this many deliveries: one provider batch of emails, or as many SMS. */
export const DELIVERIES_PER_JOB = EMAIL_BATCH_LIMIT;

export interface DeliverJob {
	deliveryIds: string[];
}

/**
 * pg-boss on the app's own database: PostgreSQL by its URL, or the embedded PGlite through
 * pg-boss's `db.executeSql` hook (parameterless scripts may hold several statements, which
 * only PGlite's `exec` runs).
 */
export async function startQueue(database: Database): Promise<PgBoss> {
	// A job whose worker died before claiming its deliveries comes back when it expires, found
	// by pg-boss's maintenance: both within about two leases. (Deliveries already claimed come
	// back by their own lease: see lostDeliveries.)
	const lease = config.deliveryLeaseSeconds;
	const common = { schema: 'pgboss', maintenanceIntervalSeconds: Math.min(lease, 120) };
	const boss = database.url
		? new PgBoss({ ...common, connectionString: database.url, max: 4 })
		: new PgBoss({ ...common, db: pgliteExecutor(database) });
	// A lost connection is one line (pg's error carries its whole client); anything else in full.
	boss.on('error', (error) => console.error('[queue]', isConnectionLoss(error) ? `connection lost: ${error.message}` : error));
	survivePgBossConnectionLoss();
	await boss.start();
	await boss.createQueue(DELIVER_QUEUE, { name: DELIVER_QUEUE, retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInSeconds: lease * 2 });
	await boss.createQueue(OPERATIONS_QUEUE, { name: OPERATIONS_QUEUE, retryLimit: OPERATION_RETRY_LIMIT, retryDelay: 2, expireInSeconds: OPERATION_EXPIRE_SECONDS });
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
 * pg-boss's statements run inside one of our transactions: the jobs are committed with the
 * deliveries they carry, or not at all, so no crash can leave a delivery without its job.
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

type EnqueueOptions = { tx?: DbOrTx; startAfterSeconds?: number };

/** The deliveries in jobs of DELIVERIES_PER_JOB, in `tx` when given, after a delay when given. */
export async function enqueueDeliveries(boss: PgBoss, deliveryIds: string[], options: EnqueueOptions = {}): Promise<void> {
	const jobs: string[][] = [];
	for (let i = 0; i < deliveryIds.length; i += DELIVERIES_PER_JOB) jobs.push(deliveryIds.slice(i, i + DELIVERIES_PER_JOB));
	await enqueueJobs(boss, jobs, options);
}

/** An operation's job, in the transaction that writes the operation: both or neither. */
export async function enqueueOperation(boss: PgBoss, tx: DbOrTx, operationId: string): Promise<void> {
	await boss.insert([{ name: OPERATIONS_QUEUE, data: { operationId } }], { db: transactionExecutor(tx) });
}

export async function enqueueJobs(boss: PgBoss, jobs: string[][], options: EnqueueOptions = {}): Promise<void> {
	if (!jobs.length) return;
	const startAfter = options.startAfterSeconds ? new Date(Date.now() + options.startAfterSeconds * 1000) : undefined;
	const rows = jobs.map((deliveryIds) => ({ name: DELIVER_QUEUE, data: { deliveryIds } satisfies DeliverJob, startAfter }));
	if (options.tx) await boss.insert(rows, { db: transactionExecutor(options.tx) });
	else await boss.insert(rows);
}
