import PgBoss from 'pg-boss';
import type { Database } from '../db';

export const DELIVER_QUEUE = 'deliver';

/**
 * pg-boss on the app's own database: PostgreSQL by its URL, or the embedded PGlite through
 * pg-boss's `db.executeSql` hook (parameterless scripts may hold several statements, which
 * only PGlite's `exec` runs).
 */
export async function startQueue(database: Database): Promise<PgBoss> {
	const boss = database.url
		? new PgBoss({ connectionString: database.url, schema: 'pgboss', max: 4 })
		: new PgBoss({ db: pgliteExecutor(database), schema: 'pgboss' });
	boss.on('error', (error) => console.error('[queue]', error));
	await boss.start();
	// 'short': at most one waiting job per delivery, whatever re-enqueues it.
	await boss.createQueue(DELIVER_QUEUE, { name: DELIVER_QUEUE, policy: 'short', retryLimit: 3, retryDelay: 5, retryBackoff: true });
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

export async function enqueueDeliveries(boss: PgBoss, deliveryIds: string[], startAfterSeconds = 0): Promise<void> {
	if (!deliveryIds.length) return;
	const startAfter = startAfterSeconds ? new Date(Date.now() + startAfterSeconds * 1000) : undefined;
	for (let i = 0; i < deliveryIds.length; i += 1000)
		await boss.insert(
			deliveryIds.slice(i, i + 1000).map((id) => ({ name: DELIVER_QUEUE, data: { deliveryId: id }, singletonKey: id, startAfter }))
		);
}
