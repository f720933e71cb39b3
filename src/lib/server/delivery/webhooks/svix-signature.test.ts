import { describe, expect, it } from 'vitest';
import { Resend } from 'resend';
import { svixSignature, verifySvixSignature } from './svix-signature';

const SECRET = `whsec_${Buffer.from('a test secret of thirty-two bytes!').toString('base64')}`;
const BODY = JSON.stringify({ type: 'email.delivered', data: { email_id: 'abc' } });
const NOW = Date.parse('2026-11-23T10:00:00Z');
const TIMESTAMP = String(NOW / 1000);

const headers = (signature: string | null, timestamp = TIMESTAMP, id: string | null = 'msg_1') => ({
	id,
	timestamp,
	signature
});

describe('Svix signatures', () => {
	it('signs as the Resend SDK (standard webhooks) verifies', () => {
		// The SDK checks freshness against the real clock: sign for now.
		const now = String(Math.floor(Date.now() / 1000));
		const signature = svixSignature(SECRET, 'msg_1', now, BODY);
		const verify = (payload: string) => () =>
			new Resend('re_test_key').webhooks.verify({
				payload,
				headers: { id: 'msg_1', timestamp: now, signature },
				webhookSecret: SECRET
			});
		expect(verify(BODY)).not.toThrow();
		expect(verify(BODY.replace('abc', 'abd'))).toThrow();
		expect(verifySvixSignature(SECRET, headers(signature, now), BODY)).toBe(true);
	});

	it('accepts any of several signatures (a secret being rotated)', () => {
		const good = svixSignature(SECRET, 'msg_1', TIMESTAMP, BODY);
		expect(verifySvixSignature(SECRET, headers(`v1,bm90IGl0 ${good}`), BODY, NOW)).toBe(true);
	});

	it('refuses a changed body, another secret, a missing header', () => {
		const good = svixSignature(SECRET, 'msg_1', TIMESTAMP, BODY);
		expect(verifySvixSignature(SECRET, headers(good), BODY.replace('abc', 'abd'), NOW)).toBe(false);
		expect(verifySvixSignature(`whsec_${Buffer.from('another').toString('base64')}`, headers(good), BODY, NOW)).toBe(
			false
		);
		expect(verifySvixSignature(SECRET, headers(null), BODY, NOW)).toBe(false);
		expect(verifySvixSignature(SECRET, headers(good, TIMESTAMP, null), BODY, NOW)).toBe(false);
	});

	it('refuses a timestamp more than five minutes off, either way', () => {
		for (const offset of [-301, 301]) {
			const timestamp = String(NOW / 1000 + offset);
			const signature = svixSignature(SECRET, 'msg_1', timestamp, BODY);
			expect(verifySvixSignature(SECRET, headers(signature, timestamp), BODY, NOW)).toBe(false);
		}
		const recent = String(NOW / 1000 - 299);
		expect(verifySvixSignature(SECRET, headers(svixSignature(SECRET, 'msg_1', recent, BODY), recent), BODY, NOW)).toBe(
			true
		);
	});
});
