import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { freshDb, testDatabase } from '../helpers/db';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation } from '../helpers/factories';
import { startFakeResend, resendError, type FakeResend } from '../fakes/resend';
import { startFakeVonage, type FakeVonage } from '../fakes/vonage';
import { sendersFor } from '../fakes/senders';
import {
	deliveries,
	invoices,
	reminderEvents,
	reminderInvoices,
	reminderRecipients,
	reminders
} from '../../src/lib/server/db/schema';
import { runPass } from '../../src/lib/server/delivery/scheduler';
import { deliverBatch, type Senders } from '../../src/lib/server/delivery/worker';
import { startBackground } from '../../src/lib/server/background';
import type { Db } from '../../src/lib/server/db/types';
import { readStoredText } from '$lib/stored-text';
import { queuedJobs } from '../helpers/jobs';

let resend: FakeResend;
let vonage: FakeVonage;
let senders: Senders;
/** The same SDKs with a short timeout, for the tests where the provider hangs. */
let impatient: Senders;
let db: Db;
let org: { id: string };
let debtorId: string;
let contactId: string;

beforeAll(async () => {
	[resend, vonage] = await Promise.all([startFakeResend(), startFakeVonage()]);
	senders = sendersFor(resend, vonage);
	impatient = sendersFor(resend, vonage, 300);
});
afterAll(async () => {
	await Promise.all([resend.close(), vonage.close()]);
});

beforeEach(async () => {
	db = await freshDb();
	resend.reset();
	vonage.reset();
	org = await makeOrganisation(db, 'Agence Lumière');
	debtorId = (await makeDebtor(db, org.id, 'Durand')).id;
	contactId = (await makeContact(db, org.id, debtorId)).id;
});

async function dueReminder(channels: string[], recipient = contactId) {
	const [row] = await db
		.insert(reminders)
		.values({
			organisationId: org.id,
			debtorId,
			status: 'scheduled',
			sendDate: '2026-01-01',
			immediate: true,
			shortDescription: 'Première relance',
			requiresValidation: false,
			content: {
				emailSubject: 'Votre loyer — {{ compte }}',
				emailHeader: '',
				emailBody: 'Bonjour {{ civilite }} {{ nom }}, il reste {{ solde }} à régler.',
				emailFooter: '',
				smsText: 'Solde dû : {{ solde }}',
				letterBody: 'Madame, Monsieur'
			}
		})
		.returning();
	await db.insert(reminderRecipients).values({ reminderId: row.id, contactId: recipient, channels });
	const invoice = await makeInvoice(db, org.id, debtorId);
	await db.insert(reminderInvoices).values({ reminderId: row.id, invoiceId: invoice.id });
	return { reminder: row, invoice };
}

/** One delivery worked as a job of its own, as the queue would hand it. */
const deliver = async (db: Db, senders: Senders, id: string) => (await deliverBatch(db, senders, [id])).get(id)!;

async function claim(): Promise<string[]> {
	const ids: string[] = [];
	await runPass(db, {
		trigger: 'manual',
		organisationId: org.id,
		enqueue: async (_tx, batch) => void ids.push(...batch)
	});
	return ids;
}

const deliveryOf = async (id: string) => (await db.select().from(deliveries).where(eq(deliveries.id, id)))[0];
const reminderOf = async (id: string) => (await db.select().from(reminders).where(eq(reminders.id, id)))[0];

describe('a delivery', () => {
	it('leaves by email through Resend with the delivery id as idempotency key, and the reminder is sent', async () => {
		const { reminder, invoice } = await dueReminder(['email']);
		const [id] = await claim();
		expect(await deliver(db, senders, id)).toEqual({ kind: 'sent' });

		expect(resend.delivered).toHaveLength(1);
		const [request] = resend.requests;
		expect(request.headers['idempotency-key']).toBe(id);
		const body = request.body as Record<string, string>;
		expect(body.to).toBe('helene.obrien@example.test');
		expect(body.text).toContain("Bonjour Mme O'Brien");
		expect(body.html).toContain('O&#39;Brien');

		expect(await deliveryOf(id)).toMatchObject({
			status: 'sent',
			attempts: 1,
			providerMessageId: resend.delivered[0].id
		});
		expect(await reminderOf(reminder.id)).toMatchObject({ status: 'sent' });
		const [raised] = await db.select().from(invoices).where(eq(invoices.id, invoice.id));
		expect(raised.reminderLevel).toBe(1);
		expect(raised.lastReminderAt).not.toBeNull();
		const events = await db.select().from(reminderEvents).where(eq(reminderEvents.reminderId, reminder.id));
		expect(events.map((e) => e.action).sort()).toEqual(['delivery_sent', 'sending', 'sent']);
		expect(readStoredText(events.find((e) => e.action === 'delivery_sent')?.reason, 'fr')).toBe(
			'E-mail · helene.obrien@example.test'
		);
		expect(readStoredText(events.find((e) => e.action === 'delivery_sent')?.reason, 'en')).toBe(
			'Email · helene.obrien@example.test'
		);
	});

	it('leaves by SMS through Vonage with client-ref = delivery id and counted segments', async () => {
		await dueReminder(['sms']);
		const [id] = await claim();
		expect(await deliver(db, senders, id)).toEqual({ kind: 'sent' });
		expect(vonage.sent).toHaveLength(1);
		expect(vonage.sent[0]).toMatchObject({ to: '33612345678', clientRef: id });
		expect((await deliveryOf(id)).segments).toBe(1);
	});

	it('is retried after a 500, with backoff, and sent once', async () => {
		await dueReminder(['email']);
		const [id] = await claim();
		resend.respondWith(resendError(500, 'internal_server_error', 'Boom'));
		const first = await deliver(db, senders, id);
		expect(first).toMatchObject({ kind: 'retry' });
		expect(await deliveryOf(id)).toMatchObject({ status: 'queued', lastError: expect.stringContaining('Boom') });
		expect(await deliver(db, senders, id)).toEqual({ kind: 'sent' });
		expect(resend.delivered).toHaveLength(1);
	});

	it('honours Retry-After on a 429', async () => {
		await dueReminder(['email']);
		const [id] = await claim();
		resend.respondWith(resendError(429, 'rate_limit_exceeded', 'Too many requests', { 'retry-after': '42' }));
		expect(await deliver(db, senders, id)).toEqual({ kind: 'retry', inSeconds: 42 });
	});

	it('is retried after a timeout when the provider deduplicates (Resend)', async () => {
		await dueReminder(['email']);
		const [id] = await claim();
		resend.respondWith('hang');
		expect(await deliver(db, impatient, id)).toMatchObject({ kind: 'retry' });
		expect(await deliver(db, senders, id)).toEqual({ kind: 'sent' });
		expect(resend.delivered).toHaveLength(1);
	});

	it('is set aside for a person after a timeout when the provider cannot deduplicate (Vonage)', async () => {
		const { reminder } = await dueReminder(['sms']);
		const [id] = await claim();
		vonage.respondWith('hang');
		expect(await deliver(db, impatient, id)).toEqual({ kind: 'to_check' });
		expect((await deliveryOf(id)).status).toBe('to_check');
		expect(await deliver(db, senders, id)).toEqual({ kind: 'skipped' });
		expect((await reminderOf(reminder.id)).status).toBe('sending');
		const events = await db.select().from(reminderEvents).where(eq(reminderEvents.reminderId, reminder.id));
		expect(events.map((e) => e.action).sort()).toEqual(['sending', 'to_check']);
	});

	it('fails for good on a 4xx, keeping the provider’s message', async () => {
		const { reminder, invoice } = await dueReminder(['email']);
		const [id] = await claim();
		// A refusal of the message, not of the address: nothing to fall back to (see fallback.test.ts).
		resend.respondWith(resendError(422, 'validation_error', 'Invalid `from` field.'));
		const outcome = await deliver(db, senders, id);
		expect(outcome).toMatchObject({ kind: 'failed' });
		expect(await deliveryOf(id)).toMatchObject({
			status: 'failed',
			lastError: expect.stringContaining('Invalid `from` field.')
		});
		expect((await reminderOf(reminder.id)).status).toBe('failed');
		expect((await db.select().from(invoices).where(eq(invoices.id, invoice.id)))[0].reminderLevel).toBe(0);
		expect(resend.requests).toHaveLength(1);
		// Managers and agents are told by a job committed with the outcome.
		expect(await queuedJobs(db, 'tell-failures')).toEqual([
			{
				failures: [
					{
						reminderId: reminder.id,
						organisationId: org.id,
						channel: 'email',
						error: expect.stringContaining('Invalid `from` field.')
					}
				]
			}
		]);
	});

	it('gives up after the last attempt', async () => {
		await dueReminder(['email']);
		const [id] = await claim();
		resend.respondWith(resendError(503, 'unavailable', 'Down'), 10);
		const outcomes = [];
		for (let i = 0; i < 5; i++) outcomes.push((await deliver(db, senders, id)).kind);
		expect(outcomes).toEqual(['retry', 'retry', 'retry', 'retry', 'failed']);
		expect(await deliveryOf(id)).toMatchObject({ status: 'failed', attempts: 5 });
	});

	it('after a crash mid-send: email goes again under the same key (sent once), SMS goes to a person', async () => {
		await dueReminder(['email', 'sms']);
		const ids = await claim();
		// The worker died minutes ago after marking them 'sending' and calling the providers.
		await db.update(deliveries).set({ status: 'sending', attempts: 1, updatedAt: new Date(Date.now() - 10 * 60_000) });
		const email = (await db.select().from(deliveries).where(eq(deliveries.channel, 'email')))[0];
		await senders.email
			.send({
				deliveryId: email.id,
				organisationId: org.id,
				from: 'Agence Lumière <relances@relance.local>',
				to: 'helene.obrien@example.test',
				subject: 'Votre loyer — ' + (await db.select().from(reminders))[0].id,
				html: '',
				text: '',
				idempotencyKey: email.id
			})
			.catch(() => undefined);
		resend.reset();
		const outcomes = await Promise.all(ids.map((id) => deliver(db, senders, id)));
		expect(outcomes.map((o) => o.kind).sort()).toEqual(['sent', 'to_check']);
		expect(vonage.requests).toHaveLength(0);
		expect((await db.select().from(deliveries).where(eq(deliveries.channel, 'sms')))[0].status).toBe('to_check');
	});

	it('a delivery in another worker’s hands is left alone', async () => {
		await dueReminder(['sms']);
		const [id] = await claim();
		await db.update(deliveries).set({ status: 'sending' });
		expect(await deliver(db, senders, id)).toEqual({ kind: 'skipped' });
		expect(vonage.requests).toHaveLength(0);
		expect((await deliveryOf(id)).status).toBe('sending');
	});

	it('two workers on the same deliveries send each one once', async () => {
		for (let i = 0; i < 25; i++) await dueReminder(['email', 'sms']);
		const ids = await claim();
		expect(ids).toHaveLength(50);
		await Promise.all([...ids, ...ids].map((id) => deliver(db, senders, id)));
		expect(resend.delivered).toHaveLength(25);
		expect(new Set(resend.delivered.map((d) => d.idempotencyKey)).size).toBe(25);
		expect(vonage.sent).toHaveLength(25);
		const levels = await db.select({ level: invoices.reminderLevel }).from(invoices);
		expect(levels.every((l) => l.level === 1)).toBe(true);
	});
});

describe('a job of many deliveries', () => {
	it('sends its emails as one provider batch under one key; an invalid address fails alone', async () => {
		const wrong = await makeContact(db, org.id, debtorId, { email: 'pas-une-adresse' });
		for (let i = 0; i < 4; i++) await dueReminder(['email']);
		const { reminder: refused } = await dueReminder(['email'], wrong.id);
		const ids = await claim();

		const outcomes = await deliverBatch(db, senders, ids);

		expect(resend.requests.map((r) => r.path)).toEqual(['/emails/batch']);
		expect(resend.delivered).toHaveLength(4);
		const rows = await db.select().from(deliveries).where(eq(deliveries.channel, 'email'));
		expect(new Set(rows.map((d) => d.batchKey)).size).toBe(1);
		expect(resend.requests[0].headers['idempotency-key']).toBe(rows[0].batchKey);
		expect(new Set(resend.delivered.map((d) => d.deliveryId))).toEqual(
			new Set(rows.filter((d) => d.status === 'sent').map((d) => d.id))
		);
		const failed = rows.find((d) => d.status === 'failed')!;
		expect(failed.reminderId).toBe(refused.id);
		expect(failed.lastError).toContain('Invalid `to` field.');
		expect(outcomes.get(failed.id)).toMatchObject({ kind: 'failed' });
		// The address was refused: the reminder falls back to a letter and waits for it.
		expect(await db.select().from(deliveries).where(eq(deliveries.fallbackOf, failed.id))).toMatchObject([
			{ channel: 'letter', status: 'to_print' }
		]);
		expect((await reminderOf(refused.id)).status).toBe('sending');
		const [history] = await db
			.select()
			.from(reminderEvents)
			.where(and(eq(reminderEvents.reminderId, refused.id), eq(reminderEvents.action, 'delivery_failed')));
		expect(history.reason).toContain('pas-une-adresse');
	});

	it('a batch interrupted by a crash is asked again whole under its key: each email leaves once', async () => {
		for (let i = 0; i < 3; i++) await dueReminder(['email']);
		const ids = await claim();
		await deliverBatch(db, senders, ids);
		expect(resend.delivered).toHaveLength(3);
		// The deliveries as if the worker had died after the provider's answer, before recording it
		// (their reminders stay sent: a reminder never moves back, and the worker does not look at it).
		await db.update(deliveries).set({ status: 'sending', updatedAt: new Date(Date.now() - 10 * 60_000) });

		const outcomes = await deliverBatch(db, senders, ids);

		expect([...outcomes.values()].map((o) => o.kind)).toEqual(['sent', 'sent', 'sent']);
		expect(resend.requests).toHaveLength(2);
		expect(resend.requests[1].headers['idempotency-key']).toBe(resend.requests[0].headers['idempotency-key']);
		expect(resend.delivered).toHaveLength(3);
	});

	it('a piece of an interrupted batch asked alone is refused by the provider: to check, not sent twice', async () => {
		for (let i = 0; i < 3; i++) await dueReminder(['email']);
		const ids = await claim();
		await deliverBatch(db, senders, ids);
		await db.update(deliveries).set({ status: 'sending', updatedAt: new Date(Date.now() - 10 * 60_000) });

		const outcomes = await deliverBatch(db, senders, ids.slice(0, 2));

		expect([...outcomes.values()].map((o) => o.kind)).toEqual(['to_check', 'to_check']);
		expect(resend.delivered).toHaveLength(3);
		expect((await deliveryOf(ids[0])).status).toBe('to_check');
	});
});

describe('the delivery runtime (pg-boss on the same database)', () => {
	it('sends what a pass claims, through the queue, once', async () => {
		for (let i = 0; i < 20; i++) await dueReminder(['email', 'sms', 'letter']);
		const runtime = await startBackground(await testDatabase(), { senders, intervalSeconds: 0, workers: true });
		try {
			// The daily summary is checked every minute against each organisation's own morning.
			const schedules = (await runtime.boss.getSchedules()).map((x) => [x.name, x.cron]);
			expect(schedules).toContainEqual(['summary-tick', '* * * * *']);
			expect(schedules.map(([name]) => name)).not.toContain('daily-summary');
			const [report] = await runtime.pass({ trigger: 'manual', organisationId: org.id });
			expect(report).toMatchObject({ reminders: 20, deliveries: 60 });
			const deadline = Date.now() + 20_000;
			for (;;) {
				const rows = await db.select({ status: deliveries.status }).from(deliveries);
				if (rows.filter((r) => r.status === 'sent').length === 40 || Date.now() > deadline) break;
				await new Promise((r) => setTimeout(r, 100));
			}
			const rows = await db.select().from(deliveries);
			expect(rows.filter((r) => r.status === 'sent')).toHaveLength(40);
			expect(rows.filter((r) => r.status === 'to_print')).toHaveLength(20);
			expect(resend.delivered).toHaveLength(20);
			expect(vonage.sent).toHaveLength(20);
		} finally {
			await runtime.stop();
		}
	});
});
