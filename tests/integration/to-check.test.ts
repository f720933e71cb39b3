import { beforeEach, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { loggedIn } from '../helpers/app';
import { deliveries, invoices, reminderEvents, reminderInvoices, reminders } from '../../src/lib/server/db/schema';
import type { Db } from '../../src/lib/server/db/types';
import { readStoredText } from '$lib/stored-text';

let db: Db;
let org: { id: string };
let manager: { id: string; email: string };
let delivery: { id: string; reminderId: string };
let invoiceId: string;

/** What a crash leaves for a person: an SMS whose outcome Vonage cannot tell, its reminder still sending. */
beforeEach(async () => {
	db = await freshDb();
	org = await makeOrganisation(db, 'Agence Lumière');
	manager = await makeUser(db, org.id, 'manager');
	const debtor = await makeDebtor(db, org.id, 'Durand');
	const contact = await makeContact(db, org.id, debtor.id);
	const [reminder] = await db
		.insert(reminders)
		.values({
			organisationId: org.id,
			debtorId: debtor.id,
			status: 'sending',
			sendDate: '2026-11-23',
			shortDescription: 'Première relance',
			requiresValidation: false,
			content: {
				emailSubject: '',
				emailHeader: '',
				emailBody: '',
				emailFooter: '',
				smsText: 'Solde {{ solde }}',
				letterBody: ''
			}
		})
		.returning();
	invoiceId = (await makeInvoice(db, org.id, debtor.id)).id;
	await db.insert(reminderInvoices).values({ reminderId: reminder.id, invoiceId });
	[delivery] = await db
		.insert(deliveries)
		.values({
			organisationId: org.id,
			reminderId: reminder.id,
			contactId: contact.id,
			channel: 'sms',
			status: 'to_check',
			attempts: 1,
			lastError: 'Issue inconnue'
		})
		.returning({ id: deliveries.id, reminderId: deliveries.reminderId });
});

const statusOf = async () => (await db.select().from(deliveries).where(eq(deliveries.id, delivery.id)))[0].status;

describe('a delivery « à vérifier » on Aujourd’hui', () => {
	it('is listed with its two answers; « Il est parti » sends it and settles the reminder, once', async () => {
		const client = await loggedIn(manager.email, TEST_PASSWORD);
		const page = await client.get('/aujourdhui');
		expect(page.body).toContain('Il n’est pas parti : renvoyer');

		const answer = await client.action('/aujourdhui?/resolve', { deliveryId: delivery.id, decision: 'left' });
		expect(answer).toMatchObject({ type: 'success', data: { done: 'Noté : le message est parti.' } });
		expect(await statusOf()).toBe('sent');
		const [reminder] = await db.select().from(reminders).where(eq(reminders.id, delivery.reminderId));
		expect(reminder.status).toBe('sent');
		const [invoice] = await db.select().from(invoices).where(eq(invoices.id, invoiceId));
		expect(invoice.reminderLevel).toBe(1);
		const events = await db.select().from(reminderEvents).where(eq(reminderEvents.reminderId, delivery.reminderId));
		const checked = events.find((e) => e.action === 'checked')!;
		expect(checked).toMatchObject({ actorId: manager.id });
		expect(readStoredText(checked.reason, 'fr')).toBe('SMS : Vérifié auprès du fournisseur : le message est parti');
		expect(readStoredText(checked.reason, 'en')).toBe('SMS: Checked with the provider: the message left');

		const again = await client.action('/aujourdhui?/resolve', { deliveryId: delivery.id, decision: 'resend' });
		expect(again).toMatchObject({ type: 'failure', status: 404 });
		expect(await statusOf()).toBe('sent');
		expect((await db.select().from(invoices).where(eq(invoices.id, invoiceId)))[0].reminderLevel).toBe(1);
	});

	it('« Renvoyer » queues it again with its job, in one transaction', async () => {
		const client = await loggedIn(manager.email, TEST_PASSWORD);
		const answer = await client.action('/aujourdhui?/resolve', { deliveryId: delivery.id, decision: 'resend' });
		expect(answer).toMatchObject({ type: 'success', data: { done: 'Le message est renvoyé.' } });
		expect(await statusOf()).toBe('queued');
		const jobs = await db.execute<{ n: number }>(
			sql`select count(*)::int as n from pgboss.job where name = 'deliveries' and data->'deliveryIds' ? ${delivery.id}`
		);
		expect((Array.isArray(jobs) ? jobs : (jobs as { rows: { n: number }[] }).rows)[0].n).toBe(1);
	});

	it('another organisation’s manager cannot answer; an approver is refused; a bad answer says so', async () => {
		const other = await makeOrganisation(db, 'Agence Ombre');
		const stranger = await makeUser(db, other.id, 'manager');
		const theirs = await loggedIn(stranger.email, TEST_PASSWORD);
		expect(await theirs.action('/aujourdhui?/resolve', { deliveryId: delivery.id, decision: 'left' })).toMatchObject({
			type: 'failure',
			status: 404
		});

		const approver = await makeUser(db, org.id, 'approver');
		const refused = await (
			await loggedIn(approver.email, TEST_PASSWORD)
		).action('/aujourdhui?/resolve', { deliveryId: delivery.id, decision: 'left' });
		expect(refused.status).toBe(403);

		const mine = await loggedIn(manager.email, TEST_PASSWORD);
		expect(await mine.action('/aujourdhui?/resolve', { deliveryId: delivery.id, decision: 'maybe' })).toMatchObject({
			type: 'failure',
			status: 400
		});
		expect(await statusOf()).toBe('to_check');
		expect(
			await db
				.select()
				.from(reminderEvents)
				.where(and(eq(reminderEvents.reminderId, delivery.reminderId), eq(reminderEvents.action, 'checked')))
		).toEqual([]);
	});
});
