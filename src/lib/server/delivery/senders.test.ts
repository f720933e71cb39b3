import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../../tests/helpers/db';
import { makeDelivery } from '../../../../tests/integration/providers-fixtures';
import { startFakeResend, type FakeResend } from '../../../../tests/fakes/resend';
import { startFakeVonage, type FakeVonage } from '../../../../tests/fakes/vonage';
import { outbox } from '../db/schema';
import type { Db } from '../db';
import { createSenders } from './senders';

const VARIABLES = [
	'RESEND_API_KEY',
	'RESEND_BASE_URL',
	'VONAGE_API_KEY',
	'VONAGE_API_SECRET',
	'VONAGE_REST_HOST'
] as const;
const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));

let db: Db;
let resend: FakeResend;
let vonage: FakeVonage;
beforeAll(async () => {
	[resend, vonage] = await Promise.all([startFakeResend(), startFakeVonage()]);
});
afterAll(() => Promise.all([resend.close(), vonage.close()]));
beforeEach(async () => {
	db = await freshDb();
	resend.reset();
	vonage.reset();
	for (const name of VARIABLES) delete process.env[name];
});
afterEach(() => {
	for (const name of VARIABLES) {
		if (saved[name] === undefined) delete process.env[name];
		else process.env[name] = saved[name];
	}
});

async function sendBoth() {
	const senders = createSenders(db);
	const email = await makeDelivery(db, { status: 'sending' });
	const sms = await makeDelivery(db, { channel: 'sms', status: 'sending' });
	await senders.email.send({
		deliveryId: email.delivery.id,
		organisationId: email.organisationId,
		from: 'Agence <relances@agence.test>',
		to: 'helene.obrien@example.test',
		subject: 'Rappel',
		html: '<p>Madame,</p>',
		text: 'Madame,',
		idempotencyKey: email.delivery.id
	});
	await senders.sms.send({
		deliveryId: sms.delivery.id,
		organisationId: sms.organisationId,
		from: 'Agence',
		to: '+33612345678',
		text: 'Rappel'
	});
	return senders;
}

describe('createSenders', () => {
	it('without provider keys, both channels write to the outbox and nothing goes out', async () => {
		const senders = await sendBoth();
		expect(senders.email.deduplicates && senders.sms.deduplicates).toBe(true);
		expect((await db.select().from(outbox)).map((r) => r.channel).sort()).toEqual(['email', 'sms']);
		expect(resend.requests.length + vonage.requests.length).toBe(0);
	});

	it('with the keys, emails go to Resend and SMS to Vonage', async () => {
		Object.assign(process.env, {
			RESEND_API_KEY: 're_test_key',
			RESEND_BASE_URL: resend.url,
			VONAGE_API_KEY: 'key123',
			VONAGE_API_SECRET: 'secret456',
			VONAGE_REST_HOST: vonage.url
		});
		const senders = await sendBoth();
		expect(senders.sms.deduplicates).toBe(false);
		expect(resend.delivered).toHaveLength(1);
		expect(vonage.sent).toHaveLength(1);
		expect(await db.select().from(outbox)).toEqual([]);
	});
});
