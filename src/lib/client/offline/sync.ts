import type { SyncResponse } from '$lib/offline/types';
import { offlineDb, readMeta } from './db';

export type SyncResult = 'synced' | 'offline' | 'signed-out';

/**
 * Brings the cache up to date from its cursor. The cache belongs to one person in one
 * organisation with one role (`scope`): when someone else, or the same person elsewhere, uses
 * the device, it is emptied before anything else is written.
 */
export async function syncCache(scope: string): Promise<SyncResult> {
	const db = offlineDb();
	if ((await readMeta(db, 'scope')) !== scope) await forgetOthers(scope);
	const cursor = await readMeta(db, 'cursor');
	performance.mark('relance-sync-start');
	let response: Response;
	try {
		response = await fetch(`/api/sync${cursor ? `?since=${encodeURIComponent(cursor)}` : ''}`, {
			redirect: 'manual',
			cache: 'no-store'
		});
	} catch {
		return 'offline';
	}
	if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403) return 'signed-out';
	if (!response.ok) return 'offline';
	const changes = (await response.json()) as SyncResponse;
	// The session changed under the page (another tab logged in as someone else): keep nothing.
	if (changes.scope !== scope) return 'signed-out';
	await db.transaction('rw', db.reminders, db.debtors, db.meta, async () => {
		if (changes.full) await Promise.all([db.reminders.clear(), db.debtors.clear()]);
		await db.reminders.bulkPut(changes.reminders);
		await db.reminders.bulkDelete(changes.removedReminders);
		await db.debtors.bulkPut(changes.debtors);
		await db.debtors.bulkDelete(changes.removedDebtors);
		await db.meta.bulkPut([
			{ key: 'cursor', value: changes.cursor },
			{ key: 'syncedAt', value: new Date().toISOString() },
			{ key: 'timezone', value: changes.timezone }
		]);
	});
	performance.measure('relance-sync', 'relance-sync-start');
	return 'synced';
}

async function forgetOthers(scope: string): Promise<void> {
	const db = offlineDb();
	await db.transaction('rw', [db.reminders, db.debtors, db.meta, db.outbox, db.conflicts], async () => {
		await Promise.all([
			db.reminders.clear(),
			db.debtors.clear(),
			db.meta.clear(),
			db.outbox.clear(),
			db.conflicts.clear()
		]);
		await db.meta.put({ key: 'scope', value: scope });
	});
}
