import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { Client, loggedIn } from '../helpers/app';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { startFakeVonage, type FakeVonage } from '../fakes/vonage';
import { contacts, deliveries, organisations, reminderEvents, reminders } from '../../src/lib/server/db/schema';
import { rowsOf } from '../../src/lib/server/db/arrays';
import type { Db } from '../../src/lib/server/db/types';
import { svixSignature } from '../../src/lib/server/delivery/webhooks/svix-signature';
import { createVonageSender } from '../../src/lib/server/delivery/sms/vonage';
import { deliverBatch } from '../../src/lib/server/delivery/worker';
import { createOutboxEmailSender } from '../../src/lib/server/delivery/email/outbox';
import { makeDelivery } from './providers-fixtures';

const RESEND_SECRET = `whsec_${Buffer.from('resend secret of the fallback test').toString('base64')}`;
const saved = process.env.RESEND_WEBHOOK_SECRET;

let db: Db;
let anonymous: Client;
let vonage: FakeVonage;
beforeAll(async () => {
	// The built app runs in this process and reads its settings when a request comes.
	process.env.RESEND_WEBHOOK_SECRET = RESEND_SECRET;
	anonymous = await Client.create();
	vonage = await startFakeVonage();
});
afterAll(async () => {
	if (saved === undefined) delete process.env.RESEND_WEBHOOK_SECRET;
	else process.env.RESEND_WEBHOOK_SECRET = saved;
	await vonage.close();
});
beforeEach(async () => {
	db = await freshDb();
	vonage.reset();
});

function bounce(emailId: string, to: string) {
	const body = JSON.stringify({
		type: 'email.bounced',
		created_at: '2026-11-23T10:00:00.000Z',
		data: {
			email_id: emailId,
			to: [to],
			bounce: { type: 'Permanent', subType: 'General', message: 'Mailbox does not exist' }
		}
	});
	const timestamp = String(Math.floor(Date.now() / 1000));
	return anonymous.request('POST', '/api/webhooks/resend', body, {
		'content-type': 'application/json',
		'svix-id': 'msg_fallback_http',
		'svix-timestamp': timestamp,
		'svix-signature': svixSignature(RESEND_SECRET, 'msg_fallback_http', timestamp, body)
	});
}

describe('POST /api/webhooks/resend, a hard bounce', () => {
	it('queues the SMS that replaces the email with its job, in the webhook’s transaction, and it reaches Vonage', async () => {
		const { delivery, contact, organisationId } = await makeDelivery(db, { providerMessageId: 're_bounce_sms' });
		await db.update(contacts).set({ addressLine1: '' }).where(eq(contacts.id, contact.id));
		await makeInvoice(db, organisationId, contact.debtorId);

		expect((await bounce('re_bounce_sms', contact.email!)).status).toBe(200);
		expect((await bounce('re_bounce_sms', contact.email!)).status).toBe(200);

		const fallbacks = await db.select().from(deliveries).where(eq(deliveries.fallbackOf, delivery.id));
		expect(fallbacks).toMatchObject([{ channel: 'sms', status: 'queued' }]);
		const jobs = rowsOf<{ ids: string[] }>(
			await db.execute(sql`select data->'deliveryIds' as ids from pgboss.job where name = 'deliveries'`)
		);
		expect(jobs.map((j) => j.ids)).toEqual([[fallbacks[0].id]]);

		const sms = createVonageSender({ apiKey: 'key', apiSecret: 'secret', restHost: vonage.url, timeoutMs: 10_000 });
		await deliverBatch(db, { email: createOutboxEmailSender(db), sms }, jobs[0].ids);
		expect(vonage.sent).toMatchObject([{ to: '33612345678', clientRef: fallbacks[0].id }]);
		const history = await db.select().from(reminderEvents).where(eq(reminderEvents.reminderId, delivery.reminderId));
		expect(history.filter((e) => e.action === 'fallback_sms')).toHaveLength(1);
	});
});

describe('the contact whose email bounced', () => {
	it('shows the bounce and its reason on the debtor’s page, the contact’s page and the lists before a run', async () => {
		const org = await makeOrganisation(db);
		const manager = await makeUser(db, org.id, 'manager');
		const debtor = await makeDebtor(db, org.id);
		await makeInvoice(db, org.id, debtor.id);
		const contact = await makeContact(db, org.id, debtor.id, {
			emailCheck: 'bounce',
			emailCheckReason: 'Mailbox does not exist'
		});
		const client = await loggedIn(manager.email, TEST_PASSWORD);

		const page = await client.get(`/debiteurs/${debtor.id}`);
		expect(page.body).toContain('Les e-mails à cette adresse ont été rejetés : Mailbox does not exist');
		expect(page.body).not.toContain('Cette adresse semble mal formée.');
		const edit = await client.get(`/debiteurs/${debtor.id}/contacts/${contact.id}`);
		expect(edit.body).toContain('Les e-mails à cette adresse ont été rejetés : Mailbox does not exist');
		const lists = await client.get('/avant-envoi?impayes');
		expect(lists.body).toContain('e-mail rejeté : Mailbox does not exist');
	});

	it('shows the fallback in the reminder’s history in words', async () => {
		const org = await makeOrganisation(db);
		const manager = await makeUser(db, org.id, 'manager');
		const { delivery } = await makeDelivery(db, {}, org.id);
		const [reminder] = await db.select().from(reminders).where(eq(reminders.id, delivery.reminderId));
		await db.insert(reminderEvents).values([
			{
				organisationId: org.id,
				reminderId: reminder.id,
				debtorId: reminder.debtorId,
				action: 'delivery_bounced',
				reason: 'E-mail : Adresse rejetée'
			},
			{
				organisationId: org.id,
				reminderId: reminder.id,
				debtorId: reminder.debtorId,
				action: 'fallback_letter',
				reason: 'Repli courrier après rebond de l’e-mail'
			}
		]);
		const client = await loggedIn(manager.email, TEST_PASSWORD);
		const page = await client.get(`/relances/${reminder.id}`);
		expect(page.body).toContain('<strong>Repli courrier après rebond de l’e-mail</strong>');
		expect(page.body).toContain('<strong>Adresse rejetée</strong>');
		expect(page.body).not.toMatch(/>fallback_letter<|>delivery_bounced</);
		const debtorPage = await client.get(`/debiteurs/${reminder.debtorId}`);
		expect(debtorPage.body).not.toMatch(/>fallback_letter<|>delivery_bounced</);
	});
});

describe('the fallback rule on Réglages › Organisation', () => {
	it('an admin saves it through its own form; a bad choice is refused next to the field', async () => {
		const org = await makeOrganisation(db);
		const admin = await makeUser(db, org.id, 'admin');
		const client = await loggedIn(admin.email, TEST_PASSWORD);

		const page = await client.get('/reglages/organisation');
		expect(page.body).toContain('Si un e-mail de relance est rejeté');
		expect(page.body).toMatch(/value="letter_then_sms" checked/);

		const done = await client.action('/reglages/organisation?/fallback', { bounceFallback: 'sms' });
		expect(done).toMatchObject({ type: 'success', data: { fallbackDone: 'Règle de repli enregistrée.' } });
		expect((await db.select().from(organisations).where(eq(organisations.id, org.id)))[0].bounceFallback).toBe('sms');

		// Without JavaScript: the page comes back with the choice and the notice.
		const plain = await client.post('/reglages/organisation?/fallback', { bounceFallback: 'none' });
		expect(plain.status).toBe(200);
		expect(plain.body).toContain('Règle de repli enregistrée.');
		expect(plain.body).toMatch(/value="none" checked/);

		const bad = await client.action('/reglages/organisation?/fallback', { bounceFallback: 'pigeon' });
		expect(bad).toMatchObject({
			type: 'failure',
			status: 400,
			data: { errors: { bounceFallback: 'Choix invalide.' } }
		});
		expect((await db.select().from(organisations).where(eq(organisations.id, org.id)))[0].bounceFallback).toBe('none');
	});

	it('is refused to anyone but an admin', async () => {
		const org = await makeOrganisation(db);
		const manager = await makeUser(db, org.id, 'manager');
		const client = await loggedIn(manager.email, TEST_PASSWORD);
		expect((await client.post('/reglages/organisation?/fallback', { bounceFallback: 'none' })).status).toBe(403);
		expect((await db.select().from(organisations).where(eq(organisations.id, org.id)))[0].bounceFallback).toBe(
			'letter_then_sms'
		);
	});
});
