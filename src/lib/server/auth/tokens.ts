import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

/**
 * The single-use tokens of the links sent by email (invitations, password resets), made as the
 * session tokens are: 20 random bytes in the link, only their SHA-256 in the database.
 */
export function newLinkToken(): { token: string; hash: string } {
	const token = encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(20)));
	return { token, hash: linkTokenHash(token) };
}

export function linkTokenHash(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}
