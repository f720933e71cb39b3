import { offlineCache } from './cache';
import { PAGES_CACHE } from '$lib/offline/caches';

/**
 * Everything this device keeps of a person: the IndexedDB cache and outbox, and the pages the
 * service worker saved for offline use. The app shell stays: it holds nobody's data.
 */
export async function clearOfflineData(): Promise<void> {
	await (await offlineCache()).deleteOfflineDb();
	navigator.serviceWorker?.controller?.postMessage({ type: 'forget' });
	if ('caches' in window) await caches.delete(PAGES_CACHE);
}
