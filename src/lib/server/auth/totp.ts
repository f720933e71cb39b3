import { createTOTPKeyURI, verifyHOTP } from '@oslojs/otp';
import { sha256 } from '@oslojs/crypto/sha2';
import {
	encodeBase32LowerCaseNoPadding,
	encodeBase32UpperCaseNoPadding,
	encodeBase64,
	encodeHexLowerCase
} from '@oslojs/encoding';
import { renderSVG } from 'uqr';

/** RFC 6238 as every authenticator app reads it by default: SHA-1, 6 digits, 30 seconds. */
const PERIOD_SECONDS = 30;
const DIGITS = 6;
const ISSUER = 'Relance';
const RECOVERY_CODE_COUNT = 10;

/** 160 bits, the size of SHA-1's output, as RFC 4226 recommends. */
export function generateTotpSecret(): Uint8Array {
	return crypto.getRandomValues(new Uint8Array(20));
}

/**
 * The step whose code this is, within one step either side of now (a phone's clock a little off,
 * a code typed as it changed), or null. The caller refuses a step already used.
 */
export function matchingStep(secret: Uint8Array, code: string): number | null {
	const step = Math.floor(Date.now() / 1000 / PERIOD_SECONDS);
	for (const candidate of [step, step - 1, step + 1])
		if (verifyHOTP(secret, BigInt(candidate), DIGITS, code)) return candidate;
	return null;
}

export function isTotpCode(text: string): boolean {
	return new RegExp(`^\\d{${DIGITS}}$`).test(text);
}

export function keyUri(secret: Uint8Array, accountName: string): string {
	return createTOTPKeyURI(ISSUER, accountName, secret, PERIOD_SECONDS, DIGITS);
}

/** The key as typed by hand: base32, in groups of four. */
export function keyForTyping(secret: Uint8Array): string {
	return encodeBase32UpperCaseNoPadding(secret)
		.match(/.{1,4}/g)!
		.join(' ');
}

/** An SVG image of the URI, as a data: URL the page's <img> shows (the CSP allows data: images). */
export function qrCodeDataUrl(uri: string): string {
	const svg = renderSVG(uri, { ecc: 'M', border: 2, pixelSize: 6 });
	return `data:image/svg+xml;base64,${encodeBase64(new TextEncoder().encode(svg))}`;
}

/** 50 random bits each, shown as `xxxxx-xxxxx`: too many to guess past the login throttle. */
export function generateRecoveryCodes(): string[] {
	return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
		const text = encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(7))).slice(0, 10);
		return `${text.slice(0, 5)}-${text.slice(5)}`;
	});
}

/** Dashes, spaces and case as typed do not matter. */
export function hashRecoveryCode(code: string): string {
	const normalised = code.toLowerCase().replace(/[\s-]/g, '');
	return encodeHexLowerCase(sha256(new TextEncoder().encode(normalised)));
}
