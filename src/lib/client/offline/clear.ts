import Dexie from 'dexie';
import { DB_NAME, offlineDb } from './db';
import { PAGES_CACHE } from '$lib/offline/caches';

/**
 * Everything this device keeps of a person: the IndexedDB cache and outbox, and the pages the
 * service worker saved for offline use. The app shell stays: it holds nobody's data.
 */
export async function clearOfflineData(): Promise<void> {
	offlineDb().close();
	await Dexie.delete(DB_NAME);
	navigator.serviceWorker?.controller?.postMessage({ type: 'forget' });
	if ('caches' in window) await caches.delete(PAGES_CACHE);
}
