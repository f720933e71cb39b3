import type { DbOrTx } from '../db';
import { enqueue } from '../queue';
import { EMAIL_BATCH_LIMIT } from './channel';

/** One job carries this many deliveries: one provider batch of emails, or as many SMS. */
export const DELIVERIES_PER_JOB = EMAIL_BATCH_LIMIT;

/** The deliveries in jobs of DELIVERIES_PER_JOB, in `tx`, after a delay when given. */
export async function enqueueDeliveries(
	tx: DbOrTx,
	deliveryIds: string[],
	options: { startAfterSeconds?: number } = {}
): Promise<void> {
	const jobs: string[][] = [];
	for (let i = 0; i < deliveryIds.length; i += DELIVERIES_PER_JOB)
		jobs.push(deliveryIds.slice(i, i + DELIVERIES_PER_JOB));
	await enqueueDeliveryJobs(tx, jobs, options);
}

/** Deliveries already grouped in jobs (a provider batch interrupted by a crash stays whole). */
export async function enqueueDeliveryJobs(
	tx: DbOrTx,
	jobs: string[][],
	options: { startAfterSeconds?: number } = {}
): Promise<void> {
	await enqueue(
		tx,
		'deliveries',
		jobs.map((deliveryIds) => ({ deliveryIds })),
		options
	);
}
