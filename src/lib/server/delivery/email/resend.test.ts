import http from 'node:http';
import { readStoredText } from '$lib/stored-text';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resendError, startFakeResend, type FakeResend } from '../../../../../tests/fakes/resend';
import { ProviderError, type OutgoingEmail } from '../channel';
import { createResendSender } from './resend';

let fake: FakeResend;
beforeAll(async () => {
	fake = await startFakeResend();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const sender = (timeoutMs = 2_000) => createResendSender({ apiKey: 're_test_key', baseUrl: fake.url, timeoutMs });

function email(deliveryId = crypto.randomUUID()): OutgoingEmail {
	return {
		deliveryId,
		organisationId: crypto.randomUUID(),
		from: 'Agence Test <relances@agence.test>',
		replyTo: 'gestion@agence.test',
		to: 'helene.obrien@example.test',
		subject: 'Rappel – compte LOC-001',
		html: '<p>Madame,</p>',
		text: 'Madame,',
		idempotencyKey: deliveryId
	};
}

async function refusal(promise: Promise<unknown>): Promise<ProviderError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ProviderError);
	return error as ProviderError;
}

describe('the Resend sender', () => {
	it('sends through the real SDK with the delivery id as Idempotency-Key', async () => {
		const message = email();
		const result = await sender().send(message);

		expect(sender().deduplicates).toBe(true);
		expect(fake.delivered).toHaveLength(1);
		expect(result).toEqual({ providerMessageId: fake.delivered[0].id });
		const [request] = fake.requests;
		expect(request.headers['idempotency-key']).toBe(message.deliveryId);
		expect(request.headers.authorization).toBe('Bearer re_test_key');
		expect(request.body).toMatchObject({
			from: message.from,
			to: message.to,
			reply_to: message.replyTo,
			subject: message.subject,
			html: message.html,
			text: message.text
		});
	});

	it('sent again with the same key, answers the first id and the email leaves once', async () => {
		const message = email();
		const first = await sender().send(message);
		const second = await sender().send(message);

		expect(second).toEqual(first);
		expect(fake.requests).toHaveLength(2);
		expect(fake.delivered).toHaveLength(1);
	});

	it('a 5xx is retryable and sends nothing', async () => {
		fake.respondWith(resendError(500, 'internal_server_error', 'Something went wrong'));
		const error = await refusal(sender().send(email()));
		expect(error).toMatchObject({ retryable: true, status: 500 });
		expect(fake.delivered).toHaveLength(0);
	});

	it('a 429 is retryable after the Retry-After the API gave', async () => {
		fake.respondWith(resendError(429, 'rate_limit_exceeded', 'Too many requests', { 'retry-after': '7' }));
		expect(await refusal(sender().send(email()))).toMatchObject({ retryable: true, status: 429, retryAfterSeconds: 7 });
	});

	it('a 429 without Retry-After waits a default second', async () => {
		fake.respondWith(resendError(429, 'rate_limit_exceeded', 'Too many requests'));
		expect(await refusal(sender().send(email()))).toMatchObject({ retryable: true, status: 429, retryAfterSeconds: 1 });
	});

	it('a provider that does not answer in time is a retryable failure without a status', async () => {
		fake.respondWith('hang');
		const error = await refusal(sender(200).send(email()));
		expect(error).toMatchObject({ retryable: true, status: undefined });
		expect(readStoredText(error.message, 'en')).toBe('Resend: no answer within 200 ms');
	});

	it('an unreachable provider is retryable', async () => {
		const closed = http.createServer();
		await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
		const port = (closed.address() as AddressInfo).port;
		await new Promise((resolve) => closed.close(resolve));
		const unreachable = createResendSender({
			apiKey: 're_test_key',
			baseUrl: `http://127.0.0.1:${port}`,
			timeoutMs: 2_000
		});
		expect(await refusal(unreachable.send(email()))).toMatchObject({ retryable: true, status: undefined });
	});

	it('a 422 is final and says what the provider said', async () => {
		fake.respondWith(resendError(422, 'validation_error', 'Invalid `to` field.'));
		const error = await refusal(sender().send(email()));
		expect(error).toMatchObject({ retryable: false, status: 422 });
		expect(error.message).toContain('Invalid `to` field.');
	});

	it('the same key still in flight elsewhere (409) is retryable; a key reused for another email is final', async () => {
		fake.respondWith(
			resendError(
				409,
				'concurrent_idempotent_requests',
				'Same idempotency key used while original request is still in progress.'
			)
		);
		expect(await refusal(sender().send(email()))).toMatchObject({ retryable: true, status: 409 });

		const message = email();
		await sender().send(message);
		expect(await refusal(sender().send({ ...message, subject: 'Autre objet' }))).toMatchObject({
			retryable: false,
			status: 409
		});
	});
});

describe('the Resend batch', () => {
	it('sends many emails in one call, ids in order, and a repeated batch leaves once', async () => {
		const messages = [email(), email(), email()];
		const results = await sender().sendBatch(messages, 'batch-1');

		expect(fake.requests.map((r) => r.path)).toEqual(['/emails/batch']);
		expect(results).toEqual(fake.delivered.map((d) => ({ providerMessageId: d.id })));
		expect((fake.requests[0].body as { to: string }[]).map((b) => b.to)).toEqual(messages.map((m) => m.to));

		expect(await sender().sendBatch(messages, 'batch-1')).toEqual(results);
		expect(fake.delivered).toHaveLength(3);
		expect(fake.requests[1].headers['idempotency-key']).toBe(fake.requests[0].headers['idempotency-key']);
	});

	it('an invalid address fails alone: the others leave, each outcome in its place', async () => {
		const messages = [email(), { ...email(), to: 'pas-une-adresse' }, email()];
		const results = await sender().sendBatch(messages, 'batch-permissive');

		expect(fake.delivered.map((d) => d.email.to)).toEqual([messages[0].to, messages[2].to]);
		expect(results[0]).toEqual({ providerMessageId: fake.delivered[0].id });
		expect(results[1]).toMatchObject({
			retryable: false,
			status: 422,
			message: expect.stringContaining('Invalid `to` field.')
		});
		expect(results[2]).toEqual({ providerMessageId: fake.delivered[1].id });
		expect(fake.delivered.map((d) => d.deliveryId)).toEqual([messages[0].deliveryId, messages[2].deliveryId]);
	});

	it('classifies a refused batch like a single send', async () => {
		fake.respondWith(resendError(503, 'application_error', 'Unavailable'));
		expect(await refusal(sender().sendBatch([email()], 'batch-2'))).toMatchObject({ retryable: true, status: 503 });
		expect(await sender().sendBatch([], 'batch-3')).toEqual([]);
	});
});
