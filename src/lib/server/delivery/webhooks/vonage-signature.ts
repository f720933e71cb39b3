import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** The signature methods offered in Vonage's dashboard. */
const HMACS: Record<string, string> = { md5: 'md5', sha1: 'sha1', sha256: 'sha256', sha512: 'sha512' };

/**
 * Vonage's signed webhooks: every parameter but `sig`, sorted by name, as "&name=value" with
 * "&" and "=" in values turned into "_"; then an HMAC of that string with the signature secret,
 * or for the legacy "md5hash" method an MD5 of the string followed by the secret. Hex.
 */
export function vonageSignature(params: Record<string, string>, secret: string, method: string): string {
	const signed = Object.keys(params)
		.filter((key) => key !== 'sig')
		.sort()
		.map((key) => `&${key}=${params[key].replace(/[&=]/g, '_')}`)
		.join('');
	if (method === 'md5hash')
		return createHash('md5')
			.update(signed + secret)
			.digest('hex');
	const algorithm = HMACS[method];
	if (!algorithm) throw new Error(`Unknown Vonage signature method: ${method}`);
	return createHmac(algorithm, secret).update(signed).digest('hex');
}

/** Case-insensitive (Vonage sends upper-case hex) and in constant time. */
export function verifyVonageSignature(params: Record<string, string>, secret: string, method: string): boolean {
	const { sig } = params;
	if (!sig) return false;
	const expected = Buffer.from(vonageSignature(params, secret, method).toUpperCase());
	const given = Buffer.from(sig.toUpperCase());
	return given.length === expected.length && timingSafeEqual(given, expected);
}
