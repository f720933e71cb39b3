/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

const sw = self as unknown as ServiceWorkerGlobalScope;

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
		await here.focus();
		return;
	}
	const open = windows.find((w) => new URL(w.url).origin === sw.location.origin);
	if (open) {
		const focused = await open.focus();
		// navigate() only works on a window this worker controls; otherwise open a new one.
		const navigated = await focused.navigate(href).catch(() => null);
		if (navigated) return;
	}
	await sw.clients.openWindow(href);
}

export {};
