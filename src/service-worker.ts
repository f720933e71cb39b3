/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

import { build, files, prerendered, version } from '$service-worker';
import { PAGES_CACHE } from '$lib/offline/caches';

const sw = self as unknown as ServiceWorkerGlobalScope;

/** The app shell of this version: scripts, styles, icons. Named by version, so two never mix. */
const SHELL_CACHE = `relance-shell-${version}`;
/** pdf.js and its worker (1.6 MB), loaded only when a letter preview opens, which needs the network anyway. */
const ON_DEMAND = /\/pdf(\.worker)?\.min\.[\w-]+\.mjs$/;
const SHELL = new Set([...build, ...files, ...prerendered].filter((file) => !ON_DEMAND.test(file)));
/**
 * The cache's worker (one file): SvelteKit's list of the build leaves it out, so the page names it
 * in its warm-up, and it joins this version's shell then or when first fetched through here.
 */
const WORKERS = '/_app/immutable/workers/';

async function keepWorkers(urls: string[]): Promise<void> {
	for (const href of urls) {
		const url = new URL(href, sw.location.origin);
		if (url.origin === sw.location.origin && url.pathname.startsWith(WORKERS))
			await keptInShell(new Request(url)).catch(() => undefined);
	}
}

async function keptInShell(request: Request): Promise<Response> {
	const cache = await caches.open(SHELL_CACHE);
	const hit = await cache.match(request);
	if (hit) return hit;
	const response = await fetch(request);
	if (response.ok) await cache.put(request, response.clone());
	return response;
}

/**
 * Screens drawn from IndexedDB, so the saved copy can show at once: « À valider » has no other
 * data; Aujourd'hui fetches its delivery figures again once open.
 */
const CACHE_FIRST = new Set(['/a-valider', '/aujourdhui']);
/** On a weak network, the saved copy shows after this long rather than a blank screen. */
const NETWORK_WAIT_MS = 3000;

sw.addEventListener('install', (event) => {
	// No skipWaiting: an update waits for the person's "Mettre à jour" (see UpdatePrompt).
	event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.addAll([...SHELL])));
});

/**
 * The clean-up of activation. A warm-up asked meanwhile (the page sees this worker as soon as it
 * starts activating) waits for it, or the pages it saves would go with the old version's.
 */
let cleanedUp: Promise<void> = Promise.resolve();

sw.addEventListener('activate', (event) => {
	cleanedUp = (async () => {
		// Saved pages name the old version's scripts, which leave with its shell.
		for (const name of await caches.keys()) if (name !== SHELL_CACHE) await caches.delete(name);
	})();
	event.waitUntil(cleanedUp.then(() => sw.clients.claim()));
});

/** Raised at logout: a warm-up still running then must not save the person's pages again. */
let generation = 0;

sw.addEventListener('message', (event) => {
	const message = event.data as { type?: string; urls?: unknown; scripts?: unknown } | null;
	if (message?.type === 'skip-waiting') void sw.skipWaiting();
	if (message?.type === 'forget') {
		generation++;
		event.waitUntil(caches.delete(PAGES_CACHE));
	}
	if (message?.type === 'saved-copy' && event.source instanceof Client)
		event.ports[0]?.postMessage(openedFromSavedCopy.delete(event.source.id));
	if (message?.type === 'warm' && Array.isArray(message.urls))
		event.waitUntil(warm(message.urls.filter((u) => typeof u === 'string')));
	if (message?.type === 'warm' && Array.isArray(message.scripts))
		event.waitUntil(keepWorkers(message.scripts.filter((u) => typeof u === 'string')));
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin || url.pathname.startsWith('/api/')) return;
	if (SHELL.has(url.pathname)) {
		event.respondWith(caches.match(url.pathname, { cacheName: SHELL_CACHE }).then((hit) => hit ?? fetch(request)));
		return;
	}
	if (url.pathname.startsWith(WORKERS)) {
		event.respondWith(keptInShell(request));
		return;
	}
	const data = url.pathname.endsWith('/__data.json');
	if (request.mode !== 'navigate' && !data) return;
	const key = pageKey(url);
	event.respondWith(
		CACHE_FIRST.has(url.pathname) ? cacheFirst(request, key, event.resultingClientId) : networkFirst(request, key)
	);
});

/**
 * The windows a saved copy opened, until each asks (`saved-copy`): only they fetch their figures
 * again, where a page the network has just sent would ask the server twice for the same.
 */
const openedFromSavedCopy = new Set<string>();

/**
 * SvelteKit's own parameters of __data.json only say which loads to rerun: one saved copy answers
 * them all. The page's parameters stay in the key: a page named by its query (an operation's
 * progress) is never answered, while the network is only slow, with another query's copy.
 */
function pageKey(url: URL): string {
	if (!url.pathname.endsWith('/__data.json')) return url.pathname + url.search;
	const params = new URLSearchParams(url.search);
	for (const name of [...params.keys()]) if (name.startsWith('x-sveltekit-')) params.delete(name);
	const search = params.toString();
	return search ? `${url.pathname}?${search}` : url.pathname;
}

/** Offline, a page's data under any query answers from its latest copy (a search reads the cache on the phone). */
const anyQueryKey = (key: string) => (key.includes('/__data.json') ? key.split('?')[0] : key);

async function save(key: string, response: Response): Promise<void> {
	// Only real pages: not a redirect to the login, not an error.
	if (!response.ok || response.type !== 'basic' || response.redirected) return;
	const cache = await caches.open(PAGES_CACHE);
	if (anyQueryKey(key) !== key) await cache.put(anyQueryKey(key), response.clone());
	await cache.put(key, response);
}

const savedCopy = async (key: string, anyQuery: boolean) =>
	(await caches.match(key, { cacheName: PAGES_CACHE })) ??
	(anyQuery ? await caches.match(anyQueryKey(key), { cacheName: PAGES_CACHE }) : undefined);

function fromNetwork(request: Request, key: string): Promise<Response> {
	return fetch(request).then((response) => {
		void save(key, response.clone());
		return response;
	});
}

async function cacheFirst(request: Request, key: string, client: string): Promise<Response> {
	const saved = await savedCopy(key, false);
	const network = fromNetwork(request, key);
	if (saved) {
		network.catch(() => {});
		if (client) openedFromSavedCopy.add(client);
		return saved;
	}
	return network.catch(async () => (await savedCopy(key, true)) ?? offlinePage());
}

async function networkFirst(request: Request, key: string): Promise<Response> {
	const network = fromNetwork(request, key);
	const slow = new Promise<null>((resolve) => setTimeout(() => resolve(null), NETWORK_WAIT_MS));
	try {
		const first = await Promise.race([network, slow]);
		if (first) return first;
		const saved = await savedCopy(key, false);
		return saved ?? (await network);
	} catch {
		return (await savedCopy(key, true)) ?? offlinePage();
	}
}

/**
 * The pages a person will want offline, saved after his first visit (that visit's own page
 * came before this worker could see it). Pages already saved are left as they are.
 */
async function warm(urls: string[]): Promise<void> {
	await cleanedUp;
	const started = generation;
	const cache = await caches.open(PAGES_CACHE);
	for (const href of urls) {
		const url = new URL(href, sw.location.origin);
		if (url.origin !== sw.location.origin) continue;
		const dataUrl = new URL(`${url.pathname.replace(/\/$/, '')}/__data.json`, url);
		for (const target of [url, dataUrl]) {
			const key = pageKey(target);
			if (started !== generation) return;
			if (await cache.match(key)) continue;
			const response = await fetch(target, { credentials: 'same-origin' }).catch(() => null);
			if (response && started === generation) await save(key, response);
		}
	}
}

function offlinePage(): Response {
	const html = `<!doctype html><html lang="fr"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Relance</title>
<body style="font-family:system-ui,sans-serif;padding:1.5rem"><h1>Hors ligne</h1><p>Cette page n'a pas encore été ouverte sur ce téléphone : elle s'affichera au retour du réseau.</p><p><a href="/a-valider">À valider</a> · <a href="/aujourdhui">Aujourd'hui</a></p></body></html>`;
	return new Response(html, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** What the server sends (src/lib/server/push/send.ts). */
interface PushPayload {
	title: string;
	body: string;
	url: string;
	tag?: string;
	actions?: { action: string; title: string }[];
}

/** The lib's NotificationOptions lacks `actions`, which Chromium shows as buttons. */
interface NotificationOptionsWithActions extends NotificationOptions {
	actions?: { action: string; title: string }[];
}

sw.addEventListener('push', (event) => {
	const payload = readPayload(event.data);
	const options: NotificationOptionsWithActions = {
		body: payload.body,
		tag: payload.tag,
		icon: '/icons/icon-192.png',
		badge: '/icons/icon-192.png',
		lang: 'fr',
		data: { url: payload.url },
		actions: payload.actions
	};
	// Chrome shows its own "site updated in the background" note unless we show one ourselves.
	event.waitUntil(sw.registration.showNotification(payload.title, options));
});

/** Every action leads to the same screen: deciding needs the reminder as it is now, on the page. */
sw.addEventListener('notificationclick', (event) => {
	event.notification.close();
	const target = sameOrigin((event.notification.data as { url?: unknown } | null)?.url);
	event.waitUntil(openOrFocus(target));
});

function readPayload(data: PushMessageData | null): PushPayload {
	try {
		const parsed = data?.json() as Partial<PushPayload> | undefined;
		if (parsed && typeof parsed.title === 'string') {
			return {
				title: parsed.title,
				body: typeof parsed.body === 'string' ? parsed.body : '',
				url: typeof parsed.url === 'string' ? parsed.url : '/',
				tag: typeof parsed.tag === 'string' ? parsed.tag : undefined,
				actions: Array.isArray(parsed.actions)
					? parsed.actions.filter((a) => typeof a?.action === 'string' && typeof a?.title === 'string')
					: undefined
			};
		}
	} catch {
		// Not ours, or garbled: still show something, as a push must.
	}
	return { title: 'Relance', body: data?.text() ?? '', url: '/' };
}

/** A link in a notification may only lead into the app. */
function sameOrigin(url: unknown): string {
	const origin = sw.location.origin;
	if (typeof url !== 'string') return `${origin}/`;
	const target = new URL(url, origin);
	return target.origin === origin ? target.href : `${origin}/`;
}

async function openOrFocus(href: string): Promise<void> {
	const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
	const here = windows.find((w) => w.url === href);
	if (here) {
		await here.focus().catch(() => null);
		return;
	}
	const open = windows.find((w) => new URL(w.url).origin === sw.location.origin);
	if (open) {
		// focus() may be refused (no user gesture reached us): the window still goes to the screen.
		const focused = (await open.focus().catch(() => null)) ?? open;
		// navigate() only works on a window this worker controls; otherwise open a new one.
		const navigated = await focused.navigate(href).catch(() => null);
		if (navigated) return;
	}
	await sw.clients.openWindow(href);
}
