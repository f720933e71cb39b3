import syncWorkerUrl from './sync-worker?worker&url';

/**
 * Asks the service worker to save, for offline use, the page open now and the screens of the
 * navigation: the first visit's page loaded before the worker could see it. The cache's worker
 * too: SvelteKit's list of the build, which the service worker saves at install, leaves it out.
 */
export function warmPages(urls: string[]): void {
	if (!('serviceWorker' in navigator)) return;
	void navigator.serviceWorker.ready.then((registration) =>
		registration.active?.postMessage({
			type: 'warm',
			urls: [location.pathname + location.search, ...urls],
			scripts: [syncWorkerUrl]
		})
	);
}

/**
 * Whether the service worker answered this window's page with the copy it saved (a screen it
 * shows at once, then refreshes). A worker that does not answer in time counts as yes: the page
 * then fetches its data again, which is never wrong.
 */
export function openedFromSavedCopy(): Promise<boolean> {
	const worker = navigator.serviceWorker?.controller;
	if (!worker) return Promise.resolve(false);
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = (event) => resolve(event.data === true);
		worker.postMessage({ type: 'saved-copy' }, [channel.port2]);
		setTimeout(() => resolve(true), 1000);
	});
}
