import { createHmac, timingSafeEqual } from 'node:crypto';

/** Older or newer than this, a signed call is refused: a captured one cannot be replayed later. */
export const SVIX_TOLERANCE_SECONDS = 5 * 60;

export interface SvixHeaders {
	id: string | null;
	timestamp: string | null;
	signature: string | null;
}

/** The "v1,<base64>" signature of a body, as Resend (through Svix) computes it. */
export function svixSignature(secret: string, id: string, timestamp: string, body: string): string {
	const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
	return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/**
 * Resend's webhooks are signed by the Svix scheme: an HMAC-SHA256 of "id.timestamp.body" with
 * the base64 secret, in a space-separated list (several during a secret rotation).
 */
export function verifySvixSignature(secret: string, headers: SvixHeaders, body: string, now = Date.now()): boolean {
	const { id, timestamp, signature } = headers;
	if (!id || !timestamp || !signature || !/^\d+$/.test(timestamp)) return false;
	if (Math.abs(now / 1000 - Number(timestamp)) > SVIX_TOLERANCE_SECONDS) return false;
	const expected = Buffer.from(svixSignature(secret, id, timestamp, body));
	return signature.split(' ').some((candidate) => {
		const given = Buffer.from(candidate);
		return given.length === expected.length && timingSafeEqual(given, expected);
	});
}
