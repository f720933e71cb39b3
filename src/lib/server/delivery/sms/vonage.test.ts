import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readStoredText } from '$lib/stored-text';
import { startFakeVonage, vonageStatus, type FakeVonage } from '../../../../../tests/fakes/vonage';
import { ProviderError, type OutgoingSms } from '../channel';
import { createVonageSender } from './vonage';

let fake: FakeVonage;
beforeAll(async () => {
	fake = await startFakeVonage();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const sender = (timeoutMs = 2_000) =>
	createVonageSender({ apiKey: 'key123', apiSecret: 'secret456', restHost: fake.url, timeoutMs });

function sms(text = 'Bonjour, votre solde est de 850,00 EUR.'): OutgoingSms {
	return {
		deliveryId: crypto.randomUUID(),
		organisationId: crypto.randomUUID(),
		from: 'Agence',
		to: '+33612345678',
		text
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

describe('the Vonage sender', () => {
	it('sends through the real SDK with the delivery id as client-ref and answers the message id and parts', async () => {
		const message = sms();
		const result = await sender().send(message);

		expect(sender().deduplicates).toBe(false);
		expect(fake.sent).toHaveLength(1);
		expect(fake.sent[0]).toMatchObject({
			to: '33612345678',
			from: 'Agence',
			text: message.text,
			type: 'text',
			clientRef: message.deliveryId
		});
		expect(result).toEqual({ providerMessageId: fake.sent[0].messageIds[0], segments: 1 });
		expect(fake.requests[0].headers.authorization).toBe(`Basic ${Buffer.from('key123:secret456').toString('base64')}`);
	});

	it('a text outside GSM-7 goes as unicode and its parts are counted', async () => {
		const result = await sender().send(sms('Relance : ê'.repeat(10)));
		expect(fake.sent[0].type).toBe('unicode');
		expect(fake.sent[0].messageIds).toHaveLength(2);
		expect(result).toEqual({ providerMessageId: fake.sent[0].messageIds[0], segments: 2 });
	});

	it('throttled (status 1) is retryable, with a status: Vonage answered and nothing left', async () => {
		fake.respondWith(vonageStatus('1', 'Throughput Rate Exceeded - please wait [ 30 ] and retry'));
		const error = await refusal(sender().send(sms()));
		expect(error).toMatchObject({ retryable: true, status: 200, retryAfterSeconds: 1 });
		expect(error.message).toContain('Throughput Rate Exceeded');
	});

	it.each([
		['2', 'Missing to param'],
		['3', 'Invalid to param'],
		['4', 'Bad Credentials'],
		['7', 'Number barred'],
		['9', 'Partner quota violation']
	])('status %s is final', async (status, text) => {
		fake.respondWith(vonageStatus(status, text));
		const error = await refusal(sender().send(sms()));
		expect(error).toMatchObject({ retryable: false, status: 200 });
		expect(error.message).toContain(text);
	});

	it('an internal error (status 5) is retryable', async () => {
		fake.respondWith(vonageStatus('5', 'Internal Error'));
		expect(await refusal(sender().send(sms()))).toMatchObject({ retryable: true, status: 200 });
	});

	it('a long SMS of which some parts left is final: sending again would repeat them', async () => {
		fake.respondWith({
			status: 200,
			body: {
				'message-count': '2',
				messages: [
					{ status: '0', 'message-id': 'AAA1' },
					{ status: '1', 'error-text': 'Throughput Rate Exceeded' }
				]
			}
		});
		const error = await refusal(sender().send(sms()));
		expect(error).toMatchObject({ retryable: false });
		expect(readStoredText(error.message, 'fr')).toMatch(
			/^Envoi partiel \(1 partie sur 2\)\. Vonage \(1\) : Throughput Rate Exceeded$/
		);
	});

	it('HTTP 429 is retryable after its Retry-After; 401 is final', async () => {
		fake.respondWith({ status: 429, body: {}, headers: { 'retry-after': '3' } });
		expect(await refusal(sender().send(sms()))).toMatchObject({ retryable: true, status: 429, retryAfterSeconds: 3 });
		fake.respondWith({ status: 401, body: { type: 'unauthorized' } });
		expect(await refusal(sender().send(sms()))).toMatchObject({ retryable: false, status: 401 });
	});

	it('an HTTP 500 may hide a sent SMS: retryable but without a status, so the worker asks a person', async () => {
		fake.respondWith({ status: 500, body: {} });
		expect(await refusal(sender().send(sms()))).toMatchObject({ retryable: true, status: undefined });
	});

	it('no answer in time: retryable without a status', async () => {
		fake.respondWith('hang');
		const error = await refusal(sender(200).send(sms()));
		expect(error).toMatchObject({ retryable: true, status: undefined });
		expect(readStoredText(error.message, 'fr')).toBe('Vonage : pas de réponse en 200 ms');
	});
});
