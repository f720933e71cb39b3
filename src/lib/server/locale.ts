import { AsyncLocalStorage } from 'node:async_hooks';
import { getServerAsyncLocalStorage, isLocale, overwriteServerAsyncLocalStorage } from '$lib/paraglide/runtime';

/**
 * Work done for a person outside their request (a job of the queue) writes its texts in the
 * language they started it in, as the request would have: the store a request's locale lives in,
 * made here if no request has made it yet.
 */
export function inLocale<T>(locale: unknown, work: () => Promise<T>): Promise<T> {
	if (!isLocale(locale)) return work();
	let storage = getServerAsyncLocalStorage();
	if (!storage) {
		storage = new AsyncLocalStorage();
		overwriteServerAsyncLocalStorage(storage);
	}
	return storage.run({ locale, messageCalls: new Set() }, work);
}
