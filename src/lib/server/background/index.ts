import type PgBoss from 'pg-boss';
import type { Database, DbOrTx } from '../db';
import { config } from '../config';
import { startQueue } from '../queue';
import { enqueueDeliveries } from '../delivery/queue';
import { createSenders } from '../delivery/senders';
import { schedulerPass } from '../delivery/pass';
import type { PassOptions, PassReport } from '../delivery/scheduler';
import { deliverBatch, type Senders } from '../delivery/worker';
import { workOperations } from './operations';
import { workConsequences } from './consequences';
import { schedule } from './schedules';

export interface Background {
	boss: PgBoss;
	pass(options: Omit<PassOptions, 'enqueue'>): Promise<PassReport[]>;
	stop(): Promise<void>;
}

export interface BackgroundOptions {
	senders?: Senders;
	/** Works the queues and runs the installation's schedules (DELIVERY_WORKERS). */
	workers?: boolean;
	/** A scheduler pass every so many seconds; 0, none (SCHEDULER_INTERVAL_SECONDS). */
	intervalSeconds?: number;
	jobsInFlight?: number;
}

/**
 * Everything the process does besides answering requests, started once, with the app
 * (hooks.server.ts). The queue always: every process writes jobs, in the transactions of what
 * they follow. Where this process works: the delivery workers, the operations' worker, the
 * workers of the consequences of writes, and the installation's schedules; and the scheduler's
 * timer. Several processes may run them at once: passes claim with SKIP LOCKED, and a delivery
 * is claimed under its row lock.
 */
export async function startBackground(database: Database, options: BackgroundOptions = {}): Promise<Background> {
	const { db } = database;
	const workers = options.workers ?? config.deliveryWorkers;
	const boss = await startQueue(database, { supervise: workers });

	if (workers) {
		const senders = options.senders ?? createSenders(db);
		const requeue = (tx: DbOrTx, ids: string[], inSeconds: number) =>
			enqueueDeliveries(tx, ids, { startAfterSeconds: inSeconds });
		// Each worker holds one job (a provider batch) at a time: several overlap one job's
		// database work with another's provider call.
		for (let i = 0; i < (options.jobsInFlight ?? config.deliveryJobsInFlight); i++) {
			let workerId: string | undefined;
			// eslint-disable-next-line prefer-const -- a job may come before work() resolves: a const would not exist yet.
			workerId = await boss.work<{ deliveryIds: string[] }>(
				'deliveries',
				{ batchSize: 1, pollingIntervalSeconds: 0.5 },
				async ([job]) => {
					await deliverBatch(db, senders, job.data.deliveryIds, requeue);
					// A job came: others may wait behind it, so ask again now rather than after the polling interval.
					if (workerId) boss.notifyWorker(workerId);
				}
			);
		}
		await workOperations(boss, db);
		await workConsequences(boss, db);
		await schedule(boss, db);
	}

	const pass = (passOptions: Omit<PassOptions, 'enqueue'>) => schedulerPass(db, passOptions);
	const intervalSeconds = options.intervalSeconds ?? config.schedulerIntervalSeconds;
	const timer = intervalSeconds
		? setInterval(
				() => pass({ trigger: 'interval' }).catch((error) => console.error('[scheduler]', error)),
				intervalSeconds * 1000
			)
		: undefined;
	timer?.unref();

	return {
		boss,
		pass,
		async stop() {
			if (timer) clearInterval(timer);
			await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
		}
	};
}
