import type { SyncResponse } from '$lib/offline/types';
import { openCache, readMeta } from './cache';

export type SyncResult = 'synced' | 'offline' | 'signed-out';

/**
 * Rows written per step of a sync: the page stays responsive between steps, where thousands
 * written at once held the main thread for hundreds of milliseconds on a phone.
 */
const WRITE_CHUNK = 1000;

/**
 * Brings the cache up to date from its cursor. The cache belongs to one person in one
 * organisation with one role (`scope`): when someone else, or the same person elsewhere, uses
 * the device, it is emptied before anything else is written.
 */
export async function syncCache(scope: string): Promise<SyncResult> {
	const db = await openCache();
	if ((await readMeta(db, 'scope')) !== scope) await forgetOthers(scope);
	const cursor = await readMeta(db, 'cursor');
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
		for (let i = 0; i < changes.reminders.length; i += WRITE_CHUNK)
			await db.reminders.bulkPut(changes.reminders.slice(i, i + WRITE_CHUNK));
		await db.reminders.bulkDelete(changes.removedReminders);
		for (let i = 0; i < changes.debtors.length; i += WRITE_CHUNK)
			await db.debtors.bulkPut(changes.debtors.slice(i, i + WRITE_CHUNK));
		await db.debtors.bulkDelete(changes.removedDebtors);
		await db.meta.bulkPut([
			{ key: 'cursor', value: changes.cursor },
			{ key: 'syncedAt', value: new Date().toISOString() },
			{ key: 'timezone', value: changes.timezone }
		]);
	});
	return 'synced';
}

async function forgetOthers(scope: string): Promise<void> {
	const db = await openCache();
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
