/**
 * This device's push subscription, in the browser. The permission prompt is only ever shown
 * from `subscribeThisDevice`, i.e. from a tap: browsers ignore or penalise prompts on load.
 */

export type DeviceState = 'unsupported' | 'denied' | 'off' | 'on';

const ENDPOINT = '/api/push/subscription';

export function pushSupported(): boolean {
	return (
		typeof window !== 'undefined' && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window
	);
}

/** iPhones and iPads offer push only to the app once it is added to the home screen. */
export function needsHomeScreen(): boolean {
	const appleMobile =
		/iPhone|iPad|iPod/.test(navigator.userAgent) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
	return appleMobile && !window.matchMedia('(display-mode: standalone)').matches;
}

/** How long to wait for the service worker SvelteKit registers when the page has loaded. */
const WORKER_WAIT_MS = 10_000;

/**
 * The active service worker's registration. On a first visit it is still installing, so wait
 * for it; `ready` never settles if registering failed, hence the time limit.
 */
function registration(): Promise<ServiceWorkerRegistration | null> {
	return Promise.race([
		navigator.serviceWorker.ready,
		new Promise<null>((resolve) => setTimeout(() => resolve(null), WORKER_WAIT_MS))
	]);
}

export async function deviceState(vapidPublicKey: string): Promise<DeviceState> {
	if (!pushSupported()) return 'unsupported';
	if (Notification.permission === 'denied') return 'denied';
	const reg = await registration();
	if (!reg) return 'unsupported';
	const subscription = await reg.pushManager.getSubscription();
	if (!subscription || Notification.permission !== 'granted' || !signedBy(subscription, vapidPublicKey)) return 'off';
	// The server may have dropped it (another person subscribed this browser, a push service
	// said it was gone): saving again is harmless and keeps this device's owner right.
	await save(subscription).catch(() => {});
	return 'on';
}

export async function subscribeThisDevice(vapidPublicKey: string): Promise<DeviceState> {
	if (!pushSupported()) return 'unsupported';
	const permission = await Notification.requestPermission();
	if (permission === 'denied') return 'denied';
	if (permission !== 'granted') return 'off';
	const reg = await registration();
	if (!reg) return 'unsupported';
	let subscription = await reg.pushManager.getSubscription();
	// A subscription made for other keys (the server's were replaced) would be refused by its push service.
	if (subscription && !signedBy(subscription, vapidPublicKey)) {
		await subscription.unsubscribe();
		subscription = null;
	}
	subscription ??= await reg.pushManager.subscribe({
		userVisibleOnly: true,
		applicationServerKey: fromBase64Url(vapidPublicKey)
	});
	try {
		await save(subscription);
	} catch (error) {
		// A subscription the server does not know would only mislead: undo it.
		await subscription.unsubscribe();
		throw error;
	}
	return 'on';
}

/** Stops this browser's subscription, then tells the server; if that fails, its next send cleans up. */
export async function unsubscribeThisDevice(): Promise<void> {
	const reg = await registration();
	const subscription = await reg?.pushManager.getSubscription();
	if (!subscription) return;
	const { endpoint } = subscription;
	await subscription.unsubscribe();
	await send('DELETE', { endpoint });
}

async function save(subscription: PushSubscription): Promise<void> {
	await send('POST', subscription.toJSON());
}

async function send(method: 'POST' | 'DELETE', body: unknown): Promise<void> {
	const response = await fetch(ENDPOINT, {
		method,
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
	if (!response.ok) throw new Error(`${method} ${ENDPOINT}: ${response.status}`);
}

function signedBy(subscription: PushSubscription, vapidPublicKey: string): boolean {
	const key = subscription.options.applicationServerKey;
	// Browsers that do not tell which key a subscription was made for cannot be checked.
	if (!key) return true;
	const expected = fromBase64Url(vapidPublicKey);
	const actual = new Uint8Array(key);
	return actual.length === expected.length && actual.every((byte, i) => byte === expected[i]);
}

/** The VAPID public key as the bytes `applicationServerKey` takes everywhere. */
function fromBase64Url(value: string): Uint8Array<ArrayBuffer> {
	const base64 = value
		.replace(/-/g, '+')
		.replace(/_/g, '/')
		.padEnd(Math.ceil(value.length / 4) * 4, '=');
	const binary = atob(base64);
	const bytes = new Uint8Array(new ArrayBuffer(binary.length));
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
