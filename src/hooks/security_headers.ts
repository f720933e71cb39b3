import type { Handle } from '@sveltejs/kit';

/**
 * The usual hardening headers on every answer. The Content-Security-Policy itself is
 * SvelteKit's (svelte.config.js): it knows the nonces of its own inline scripts.
 */
export const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const set = (name: string, value: string) => {
		// A redirect or a file served by the adapter may come with immutable headers.
		try {
			if (!response.headers.has(name)) response.headers.set(name, value);
		} catch {
			return;
		}
	};
	set('X-Content-Type-Options', 'nosniff');
	set('Referrer-Policy', 'strict-origin-when-cross-origin');
	set('X-Frame-Options', 'DENY');
	set('Cross-Origin-Opener-Policy', 'same-origin');
	set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
	if (event.url.protocol === 'https:') set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
	return response;
};
