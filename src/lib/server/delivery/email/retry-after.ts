/** When a provider says "too many requests" without saying for how long: both limit per second. */
export const DEFAULT_RETRY_AFTER_SECONDS = 1;

/** A Retry-After header, in seconds or as an HTTP date, as whole seconds from now. */
export function retryAfterSeconds(header: string | null | undefined, now = Date.now()): number {
	if (header) {
		const seconds = Number(header);
		if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
		const date = Date.parse(header);
		if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - now) / 1000));
	}
	return DEFAULT_RETRY_AFTER_SECONDS;
}
