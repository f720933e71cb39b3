import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { Client, loggedIn } from '../helpers/app';
import { makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { contacts, deliveries, outbox } from '../../src/lib/server/db/schema';
import type { Db } from '../../src/lib/server/db/types';
import { svixSignature } from '../../src/lib/server/delivery/webhooks/svix-signature';
import { vonageSignature } from '../../src/lib/server/delivery/webhooks/vonage-signature';
import { createSenders } from '../../src/lib/server/delivery/senders';
import { makeDelivery } from './providers-fixtures';
import { storedText } from '$lib/stored-text';

const RESEND_SECRET = `whsec_${Buffer.from('resend secret of the providers test').toString('base64')}`;
const VONAGE_SECRET = 'vonage secret of the providers test';
const VARIABLES = {
	RESEND_WEBHOOK_SECRET: RESEND_SECRET,
	VONAGE_SIGNATURE_SECRET: VONAGE_SECRET,
	VONAGE_SIGNATURE_METHOD: 'sha256'
};
const saved = Object.fromEntries(Object.keys(VARIABLES).map((name) => [name, process.env[name]]));

let db: Db;
let anonymous: Client;
beforeAll(async () => {
	// The built app runs in this process and reads its settings when a request comes.
	Object.assign(process.env, VARIABLES);
	anonymous = await Client.create();
});
afterAll(() => {
	for (const [name, value] of Object.entries(saved)) {
		if (value === undefined) delete process.env[name];
		else process.env[name] = value;
	}
});
beforeEach(async () => {
	db = await freshDb();
});

const deliveryOf = async (id: string) => (await db.select().from(deliveries).where(eq(deliveries.id, id)))[0];

function resendCall(event: unknown, { age = 0, signature }: { age?: number; signature?: string } = {}) {
	const body = JSON.stringify(event);
	const timestamp = String(Math.floor(Date.now() / 1000) - age);
	return anonymous.request('POST', '/api/webhooks/resend', body, {
		'content-type': 'application/json',
		'svix-id': 'msg_2Lh9KRb0pzN4LePd3XiA4xlk',
		'svix-timestamp': timestamp,
		'svix-signature': signature ?? svixSignature(RESEND_SECRET, 'msg_2Lh9KRb0pzN4LePd3XiA4xlk', timestamp, body)
	});
}

function signedReceipt(fields: Record<string, string>) {
	const params = {
		msisdn: '33612345678',
		to: 'Agence',
		'err-code': '0',
		'message-timestamp': '2026-11-23 10:00:00',
		timestamp: String(Math.floor(Date.now() / 1000)),
		nonce: 'n0nce',
		...fields
	};
	return { ...params, sig: vonageSignature(params, VONAGE_SECRET, 'sha256') };
}

describe('POST /api/webhooks/resend', () => {
	it('a signed bounce marks the delivery bounced and flags the contact, without a session or an Origin', async () => {
		const { delivery, contact } = await makeDelivery(db, { providerMessageId: 're_bounce_1' });
		const reply = await resendCall({
			type: 'email.bounced',
			created_at: '2026-11-23T10:00:00.000Z',
			data: {
				email_id: 're_bounce_1',
				to: [contact.email],
				bounce: { type: 'Permanent', subType: 'General', message: 'Mailbox does not exist' }
			}
		});

		expect(reply.status).toBe(200);
		expect(await deliveryOf(delivery.id)).toMatchObject({ status: 'bounced' });
		const [flagged] = await db.select().from(contacts).where(eq(contacts.id, contact.id));
		expect(flagged).toMatchObject({ emailCheck: 'bounce', emailCheckOverridden: false });
	});

	it('a bad, missing or stale signature is 401 and nothing changes', async () => {
		const { delivery } = await makeDelivery(db, { providerMessageId: 're_delivered_1' });
		const delivered = {
			type: 'email.delivered',
			created_at: '2026-11-23T10:00:00.000Z',
			data: { email_id: 're_delivered_1', to: ['x@example.test'] }
		};

		expect((await resendCall(delivered, { signature: 'v1,bm90IGEgc2lnbmF0dXJl' })).status).toBe(401);
		expect((await resendCall(delivered, { age: 10 * 60 })).status).toBe(401);
		expect(
			(
				await anonymous.request('POST', '/api/webhooks/resend', JSON.stringify(delivered), {
					'content-type': 'application/json'
				})
			).status
		).toBe(401);
		expect(await deliveryOf(delivery.id)).toMatchObject({ status: 'sent' });

		expect((await resendCall(delivered)).status).toBe(200);
		expect(await deliveryOf(delivery.id)).toMatchObject({ status: 'delivered' });
	});

	it('an unknown email is acknowledged (200) so that Resend stops retrying', async () => {
		expect((await resendCall({ type: 'email.delivered', data: { email_id: 're_nobody', to: [] } })).status).toBe(200);
	});
});

describe('/api/webhooks/vonage', () => {
	it('a signed GET receipt marks the SMS delivered', async () => {
		const { delivery } = await makeDelivery(db, { channel: 'sms', providerMessageId: '0A0000000123ABCD1' });
		const query = new URLSearchParams(
			signedReceipt({ messageId: '0A0000000123ABCD1', 'client-ref': delivery.id, status: 'delivered' })
		);
		const reply = await anonymous.get(`/api/webhooks/vonage?${query}`);

		expect(reply.status).toBe(200);
		expect(await deliveryOf(delivery.id)).toMatchObject({ status: 'delivered' });
	});

	it('a signed POST-JSON receipt marks it failed with the error code', async () => {
		const { delivery } = await makeDelivery(db, { channel: 'sms', providerMessageId: '0A0000000123ABCD2' });
		const body = JSON.stringify(
			signedReceipt({ messageId: '0A0000000123ABCD2', 'client-ref': delivery.id, status: 'rejected', 'err-code': '6' })
		);
		const reply = await anonymous.request('POST', '/api/webhooks/vonage', body, { 'content-type': 'application/json' });

		expect(reply.status).toBe(200);
		expect(await deliveryOf(delivery.id)).toMatchObject({
			status: 'failed',
			lastError: storedText('sms_not_delivered', { status: 'rejected', code: '6' })
		});
	});

	it('a bad or missing signature is 401 and nothing changes', async () => {
		const { delivery } = await makeDelivery(db, { channel: 'sms', providerMessageId: '0A0000000123ABCD3' });
		const good = signedReceipt({ messageId: '0A0000000123ABCD3', 'client-ref': delivery.id, status: 'failed' });
		const forged = new URLSearchParams({ ...good, status: 'delivered' });
		const { sig: _sig, ...unsigned } = good;

		expect((await anonymous.get(`/api/webhooks/vonage?${forged}`)).status).toBe(401);
		expect((await anonymous.get(`/api/webhooks/vonage?${new URLSearchParams(unsigned)}`)).status).toBe(401);
		expect(await deliveryOf(delivery.id)).toMatchObject({ status: 'sent' });
	});

	it('a form-encoded POST is stopped by SvelteKit’s CSRF check: Vonage must use GET or POST-JSON', async () => {
		const { delivery } = await makeDelivery(db, { channel: 'sms', providerMessageId: '0A0000000123ABCD4' });
		const body = new URLSearchParams(
			signedReceipt({ messageId: '0A0000000123ABCD4', 'client-ref': delivery.id, status: 'delivered' })
		).toString();
		const reply = await anonymous.request('POST', '/api/webhooks/vonage', body, {
			'content-type': 'application/x-www-form-urlencoded'
		});

		expect(reply.status).toBe(403);
		expect(await deliveryOf(delivery.id)).toMatchObject({ status: 'sent' });
	});
});

describe('/boite-d-envoi', () => {
	it('shows what the outbox senders kept, newest first, for the organisation only', async () => {
		const org = await makeOrganisation(db, 'Agence A');
		const agent = await makeUser(db, org.id, 'agent');
		const senders = createSenders(db);
		const email = await makeDelivery(db, { status: 'sending' }, org.id);
		const sms = await makeDelivery(db, { channel: 'sms', status: 'sending' }, org.id);
		await senders.email.send({
			deliveryId: email.delivery.id,
			organisationId: org.id,
			from: 'Agence A <relances@agence.test>',
			to: 'helene.obrien@example.test',
			subject: 'Rappel – compte LOC-001',
			html: '<p>Madame,</p>',
			text: 'Madame, votre solde est de 850,00 €.',
			idempotencyKey: email.delivery.id
		});
		await db.update(outbox).set({ createdAt: new Date(Date.now() - 60_000) });
		await senders.sms.send({
			deliveryId: sms.delivery.id,
			organisationId: org.id,
			from: 'Agence',
			to: '+33612345678',
			text: 'Solde dû : 850,00 €'
		});
		const other = await makeDelivery(db, { channel: 'sms', status: 'sending' });
		await senders.sms.send({
			deliveryId: other.delivery.id,
			organisationId: other.organisationId,
			from: 'Autre',
			to: '+33699999999',
			text: 'Ailleurs'
		});

		const page = await (await loggedIn(agent.email, TEST_PASSWORD)).get('/boite-d-envoi');
		expect(page.status).toBe(200);
		expect(page.body).toMatch(/<h1>Boîte d(&#39;|')envoi<\/h1>/);
		const items = page.body.split('data-testid="outbox-message"').slice(1);
		expect(items).toHaveLength(2);
		expect(items[0]).toContain('Solde dû : 850,00 €');
		expect(items[0]).toContain('+33612345678');
		expect(items[1]).toContain('Rappel – compte LOC-001');
		expect(items[1]).toContain('helene.obrien@example.test');
		expect(page.body).not.toContain('Ailleurs');
	});

	it('is for admins, managers and agents: an approver is refused, a visitor sent to log in', async () => {
		const org = await makeOrganisation(db);
		const approver = await makeUser(db, org.id, 'approver');
		const manager = await makeUser(db, org.id, 'manager');

		expect((await (await loggedIn(approver.email, TEST_PASSWORD)).get('/boite-d-envoi')).status).toBe(403);
		const empty = await (await loggedIn(manager.email, TEST_PASSWORD)).get('/boite-d-envoi');
		expect(empty.status).toBe(200);
		expect(empty.body).toMatch(/Rien dans la boîte d(&#39;|')envoi/);
		expect((await anonymous.get('/boite-d-envoi')).location).toMatch(/^\/login/);
	});
});
