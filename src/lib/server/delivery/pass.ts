import type { Db } from '../db';
import { analyzeDeliveryTables } from '../db/statistics';
import { config } from '../config';
import { notifyLettersToPrint } from '../push/notify';
import { enqueueDeliveries, enqueueDeliveryJobs } from './queue';
import { lostDeliveries, runPass, type PassOptions, type PassReport } from './scheduler';

/** A pass that made this many deliveries changed the tables enough to refresh the statistics. */
const STATISTICS_AFTER_DELIVERIES = 1000;

/**
 * A pass as the installation runs it (its timer, the endpoint of an external cron, a reminder to
 * send at once): lost deliveries handed to the queue again, then the pass, whose every claim
 * writes its jobs in its own transaction. Several processes may pass at once: claims skip what
 * another holds.
 */
export async function schedulerPass(db: Db, options: Omit<PassOptions, 'enqueue'>): Promise<PassReport[]> {
	await enqueueDeliveryJobs(db, await lostDeliveries(db, config.deliveryLeaseSeconds * 2));
	const reports = await runPass(db, { ...options, enqueue: (tx, ids) => enqueueDeliveries(tx, ids) });
	if (reports.reduce((sum, r) => sum + r.deliveries, 0) >= STATISTICS_AFTER_DELIVERIES) await analyzeDeliveryTables(db);
	for (const report of reports)
		if (report.byChannel.letter)
			await notifyLettersToPrint(db, report.organisationId, report.byChannel.letter).catch((e) =>
				console.error('[push]', e)
			);
	return reports;
}

/** A pass for one organisation, now (see the 'send-now' jobs): an immediate reminder leaves without waiting for the timer. */
export function sendNow(db: Db, organisationId: string): Promise<PassReport[]> {
	return schedulerPass(db, { trigger: 'immediate', organisationId });
}
