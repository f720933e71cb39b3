import { describe, expect, it } from 'vitest';
import { Vonage } from '@vonage/server-sdk';
import type { AlgorithmTypes } from '@vonage/auth';
import { verifyVonageSignature, vonageSignature } from './vonage-signature';

const SECRET = 'signature-secret';
const PARAMS = {
	msisdn: '33612345678',
	to: 'Agence',
	'network-code': '20801',
	messageId: '0A0000000123ABCD1',
	status: 'delivered',
	'err-code': '0',
	'client-ref': 'a&b=c',
	'message-timestamp': '2026-11-23 10:00:00',
	timestamp: '1795432800',
	nonce: 'f7e1c3a2'
};

/** The methods as our setting names them, and as the SDK's verifier does. */
const METHODS: [string, string][] = [
	['md5hash', 'MD5HASH'],
	['md5', 'MD5HMAC'],
	['sha1', 'SHA1HMAC'],
	['sha256', 'SHA256HMAC'],
	['sha512', 'SHA512HMAC']
];

describe('Vonage signatures', () => {
	it.each(METHODS)('%s signs as the Vonage SDK verifies', (method, sdkName) => {
		const sig = vonageSignature(PARAMS, SECRET, method);
		const sms = new Vonage({ apiKey: 'key123', apiSecret: 'secret456' }).sms;
		expect(sms.verifySignature(sig, { ...PARAMS, sig }, SECRET, sdkName as AlgorithmTypes)).toBe(true);
		expect(verifyVonageSignature({ ...PARAMS, sig: sig.toUpperCase() }, SECRET, method)).toBe(true);
	});

	it('refuses a changed parameter, another secret or a missing sig', () => {
		const sig = vonageSignature(PARAMS, SECRET, 'sha256');
		expect(verifyVonageSignature({ ...PARAMS, status: 'failed', sig }, SECRET, 'sha256')).toBe(false);
		expect(verifyVonageSignature({ ...PARAMS, sig }, 'another', 'sha256')).toBe(false);
		expect(verifyVonageSignature(PARAMS, SECRET, 'sha256')).toBe(false);
		expect(verifyVonageSignature({ ...PARAMS, sig: 'short' }, SECRET, 'sha256')).toBe(false);
	});
});
