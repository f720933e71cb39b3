/**
 * Asks the service worker to save, for offline use, the page open now and the screens of the
 * navigation: the first visit's page loaded before the worker could see it.
 */
export function warmPages(urls: string[]): void {
	if (!('serviceWorker' in navigator)) return;
	void navigator.serviceWorker.ready.then((registration) =>
		registration.active?.postMessage({ type: 'warm', urls: [location.pathname + location.search, ...urls] })
	);
}
