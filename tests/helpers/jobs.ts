import { sql } from 'drizzle-orm';
import { rowsOf } from '../../src/lib/server/db/arrays';
import { CONSEQUENCES } from '../../src/lib/server/background/consequences';
import type { Db } from '../../src/lib/server/db/types';

type Consequence = keyof typeof CONSEQUENCES;

/** The jobs waiting in a queue of consequences, as the writes left them (their data). */
export async function queuedJobs(db: Db, queue: Consequence): Promise<unknown[]> {
	const rows = rowsOf<{ data: unknown }>(
		await db.execute(sql`select data from pgboss.job where name = ${queue} and state = 'created' order by created_on`)
	);
	return rows.map((r) => r.data);
}

/**
 * The waiting jobs of a queue of consequences worked here, as the app's workers would (the app
 * under test works no queue), and taken off the queue. Answers how many there were.
 */
export async function workJobs(db: Db, queue: Consequence): Promise<number> {
	const jobs = rowsOf<{ data: unknown }>(
		await db.execute(sql`delete from pgboss.job where name = ${queue} and state = 'created' returning data`)
	);
	for (const job of jobs) await (CONSEQUENCES[queue] as (db: Db, data: unknown) => Promise<unknown>)(db, job.data);
	return jobs.length;
}
