import type { MetaKey, OfflineDb } from './db';

let loaded: Promise<typeof import('./db')> | undefined;

/**
 * The phone's cache. Dexie is a third of a screen's scripts: it is fetched the first time a screen
 * or the sync needs the cache, not with every page's first scripts.
 */
export const offlineCache = () => (loaded ??= import('./db'));

export const openCache = async (): Promise<OfflineDb> => (await offlineCache()).offlineDb();

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
