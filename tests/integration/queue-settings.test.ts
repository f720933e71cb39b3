import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testDatabase } from '../helpers/db';
import { startQueue } from '../../src/lib/server/queue';
import { rowsOf } from '../../src/lib/server/db/arrays';

/** The delivery jobs' expiry as the queue holds it: what a job written now is given. */
async function deliveriesExpiry(): Promise<number> {
	const { db } = await testDatabase();
	const [row] = rowsOf<{ expire_seconds: number }>(
		await db.execute(sql`select expire_seconds from pgboss.queue where name = 'deliveries'`)
	);
	return Number(row.expire_seconds);
}

describe('the job queue', () => {
	afterEach(async () => {
		delete process.env.DELIVERY_LEASE_SECONDS;
		await (await startQueue(await testDatabase(), { supervise: false })).stop({ graceful: false });
	});

	it("takes the starting process's lease, though the queue was made before with another", async () => {
		const database = await testDatabase();
		process.env.DELIVERY_LEASE_SECONDS = '7';
		await (await startQueue(database, { supervise: false })).stop({ graceful: false });
		expect(await deliveriesExpiry()).toBe(14);
	});
});
