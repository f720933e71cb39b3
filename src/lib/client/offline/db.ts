import Dexie, { type Table } from 'dexie';

export { liveQuery } from 'dexie';
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

	/** The bounds of a compound index's second part: `[status, lowest]` to `[status, highest]` is every key of a status. */
	get lowest() {
		return Dexie.minKey;
	}
	get highest() {
		return Dexie.maxKey;
	}

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

/** Everything the phone keeps, gone: a closed database is opened again, empty, when next used. */
export async function deleteOfflineDb(): Promise<void> {
	offlineDb().close();
	await Dexie.delete(DB_NAME);
}
