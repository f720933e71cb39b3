import Dexie, { type Table } from 'dexie';
import type { CachedDebtor, CachedReminder, DecisionRequest } from '$lib/offline/types';

/** A decision taken on the phone, kept until the server has answered it. */
export interface OutboxItem extends DecisionRequest {
	/** Dexie's auto-increment: the order decisions were taken in, and are replayed in. */
	seq?: number;
	scope: string;
	description: string;
	debtorName: string;
}

/** A decision the server refused, kept until the person has read why. */
export interface Conflict {
	key: string;
	reminderId: string;
	description: string;
	debtorName: string;
	message: string;
}

export type MetaKey = 'scope' | 'cursor' | 'syncedAt' | 'timezone';

export class OfflineDb extends Dexie {
	reminders!: Table<CachedReminder, string>;
	debtors!: Table<CachedDebtor, string>;
	meta!: Table<{ key: MetaKey; value: string }, MetaKey>;
	outbox!: Table<OutboxItem, number>;
	conflicts!: Table<Conflict, string>;

	constructor() {
		super(DB_NAME);
		this.version(1).stores({
			reminders: 'id, [status+sendDate], debtorId',
			debtors: 'id, name',
			meta: 'key',
			outbox: '++seq, &key, id',
			conflicts: 'key'
		});
		// The approvals list reads its count, filters and order from indexes (keys only), and then
		// just the reminders it draws: thousands cached must not be read whole to show fifty.
		this.version(2)
			.stores({
				reminders:
					'id, [status+sendDate], debtorId, *channels, [status+createdByName], [status+groupId], [status+step], selfMade'
			})
			.upgrade(async (tx) => {
				// Reminders cached before lack the indexed fields: the next sync sends them all again.
				await tx.table('reminders').clear();
				await tx.table('meta').bulkDelete(['cursor', 'syncedAt']);
			});
	}
}

export const DB_NAME = 'relance';

let opened: OfflineDb | undefined;
export const offlineDb = () => (opened ??= new OfflineDb());

export async function readMeta(db: OfflineDb, key: MetaKey): Promise<string | undefined> {
	return (await db.meta.get(key))?.value;
}

/**
 * Whether the cache holds this person's data, synced at least once. Until then screens keep to
 * what the server sent: someone else's cache, not yet emptied, is never shown, nor an empty one
 * mistaken for "nothing today".
 */
export async function cacheIsFor(db: OfflineDb, scope: string): Promise<boolean> {
	const [owner, syncedAt] = await Promise.all([readMeta(db, 'scope'), readMeta(db, 'syncedAt')]);
	return !!scope && owner === scope && !!syncedAt;
}
