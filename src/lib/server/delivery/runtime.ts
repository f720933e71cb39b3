import type PgBoss from 'pg-boss';
import type { Database, DbOrTx } from '../db';
import { analyzeDeliveryTables } from '../db/statistics';
import { config } from '../config';
import { createSenders } from './senders';
import { DELIVER_QUEUE, enqueueDeliveries, enqueueJobs, startQueue, type DeliverJob } from './queue';
import { lostDeliveries, runPass, type PassOptions, type PassReport } from './scheduler';
import { deliverBatch, type Senders } from './worker';
import type { Enqueue } from './fallback';
import { notifyLettersToPrint } from '../push/notify';
import { scheduleDailySummaries } from '../push/daily-schedule';
import { scheduleScenarioRuns } from '../scenarios/schedule';
import { schedulePurge } from '../housekeeping/purge';
import { workOperations } from '../operations/jobs';

/** A pass that made this many deliveries changed the tables enough to refresh the statistics. */
const STATISTICS_AFTER_DELIVERIES = 1000;

export interface DeliveryRuntime {
	boss: PgBoss;
	pass(options: Omit<PassOptions, 'enqueue'>): Promise<PassReport[]>;
	stop(): Promise<void>;
}

/**
 * The scheduler and the delivery workers of one app process. Several processes may run them
 * at once: passes claim with SKIP LOCKED, and a delivery is claimed under its row lock.
 */
export async function startDelivery(
	database: Database,
	options: { senders?: Senders; workers?: boolean; intervalSeconds?: number; jobsInFlight?: number } = {}
): Promise<DeliveryRuntime> {
	const { db } = database;
	const boss = await startQueue(database);
	const senders = options.senders ?? createSenders(db);

	const pass = async (passOptions: Omit<PassOptions, 'enqueue'>) => {
		await enqueueJobs(boss, await lostDeliveries(db, config.deliveryLeaseSeconds * 2));
		const reports = await runPass(db, { ...passOptions, enqueue: (tx, ids) => enqueueDeliveries(boss, ids, { tx }) });
		if (reports.reduce((sum, r) => sum + r.deliveries, 0) >= STATISTICS_AFTER_DELIVERIES) await analyzeDeliveryTables(db);
		for (const report of reports)
			if (report.byChannel.letter)
				await notifyLettersToPrint(db, report.organisationId, report.byChannel.letter).catch((e) => console.error('[push]', e));
		return reports;
	};

	if (options.workers ?? config.deliveryWorkers) {
		const requeue = (tx: DbOrTx, ids: string[], inSeconds: number) => enqueueDeliveries(boss, ids, { tx, startAfterSeconds: inSeconds });
		// Each worker holds one job (a provider batch) at a time: several overlap one job's
		// database work with another's provider call.
		for (let i = 0; i < (options.jobsInFlight ?? config.deliveryJobsInFlight); i++) {
			let workerId: string | undefined;
			// eslint-disable-next-line prefer-const -- a job may come before work() resolves: a const would not exist yet.
			workerId = await boss.work<DeliverJob>(DELIVER_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
				await deliverBatch(db, senders, job.data.deliveryIds, requeue);
				// A job came: others may wait behind it, so ask again now rather than after the polling interval.
				if (workerId) boss.notifyWorker(workerId);
			});
		}
	}

	if (options.workers ?? config.deliveryWorkers) {
		await scheduleDailySummaries(boss, db);
		await scheduleScenarioRuns(boss, db);
		await schedulePurge(boss, db);
		await workOperations(boss, db);
	}

	const intervalSeconds = options.intervalSeconds ?? config.schedulerIntervalSeconds;
	const timer = intervalSeconds
		? setInterval(() => pass({ trigger: 'interval' }).catch((error) => console.error('[scheduler]', error)), intervalSeconds * 1000)
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

let current: Promise<DeliveryRuntime> | undefined;

/** The process's delivery runtime, started with the app (see hooks.server.ts) or on first use. */
export function deliveryRuntime(database: Database): Promise<DeliveryRuntime> {
	current ??= startDelivery(database).catch((error) => {
		current = undefined;
		throw error;
	});
	return current;
}

/**
 * The delivery queue as a request sees it (see hooks/session.ts): an enqueue function that runs
 * in the caller's transaction, the runtime started on first use. Ask for it before opening the
 * transaction: starting the queue needs the database, which PGlite lends to one caller at a time.
 */
export function deliveryQueue(database: Database): () => Promise<Enqueue> {
	return async () => {
		const runtime = await deliveryRuntime(database);
		return (tx, deliveryIds) => enqueueDeliveries(runtime.boss, deliveryIds, { tx });
	};
}

export async function stopDeliveryRuntime(): Promise<void> {
	const running = current;
	current = undefined;
	if (running) await (await running).stop();
}

/**
 * An immediate reminder is handed to sending at once: a pass for its organisation, now, when
 * this process runs the scheduler. Otherwise the next pass (at most a minute away) takes it.
 */
export function sendNowIfRunning(organisationId: string): void {
	// A runtime started only to enqueue (a person's « Renvoyer ») does not run the scheduler.
	if (!schedulerEnabled()) return;
	current
		?.then((runtime) => runtime.pass({ trigger: 'immediate', organisationId }))
		.catch((error) => console.error('[scheduler] immediate pass', error));
}

export function schedulerEnabled(): boolean {
	return config.schedulerIntervalSeconds > 0 || config.deliveryWorkers;
}
