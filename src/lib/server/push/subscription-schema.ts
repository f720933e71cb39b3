import { z } from '$lib/validation/zod-messages';
import { m } from '$lib/paraglide/messages';

/** Browsers give keys in unpadded base64url; a key of the wrong size could never be encrypted to. */
const base64url = (bytes: number, firstByte?: number) =>
	z
		.string()
		.max(128)
		.regex(/^[A-Za-z0-9_-]+={0,2}$/, { error: () => m.error_invalid() })
		.refine(
			(value) => {
				const decoded = Buffer.from(value, 'base64url');
				return decoded.length === bytes && (firstByte === undefined || decoded[0] === firstByte);
			},
			{ error: () => m.error_invalid() }
		);

/** Push services are reached over HTTPS only: web-push cannot send anywhere else. */
const endpoint = z.url({ protocol: /^https$/, error: () => m.error_invalid() }).max(2048);

export const subscribeSchema = z.object({
	endpoint,
	keys: z.object({
		// An uncompressed P-256 point: 0x04, then x and y.
		p256dh: base64url(65, 0x04),
		auth: base64url(16)
	})
});

export const unsubscribeSchema = z.object({ endpoint: z.string().min(1).max(2048) });
