import http from 'node:http';
import { beforeEach, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { PageSizes, PDFDocument } from 'pdf-lib';
import { freshDb } from '../helpers/db';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { loggedIn, type Client } from '../helpers/app';
import {
	deliveries,
	invoices,
	letterBatches,
	organisations,
	reminderEvents,
	reminderInvoices,
	reminderRecipients,
	reminders,
	type ReminderContent
} from '../../src/lib/server/db/schema';
import {
	batchPdf,
	cancelLettersOfDate,
	confirmBatch,
	createBatch,
	REPRINT_REASON
} from '../../src/lib/server/letters/batches';
import { todayIn } from '../../src/lib/dates';
import type { Db } from '../../src/lib/server/db/types';
import { readStoredText } from '$lib/stored-text';

let db: Db;
let org: { id: string };
let other: { id: string };
let debtor: { id: string };
let contact: { id: string };
let managerId: string;
let managerEmail: string;

const CONTENT: ReminderContent = {
	emailSubject: '',
	emailHeader: '',
	emailBody: '',
	emailFooter: '',
	smsText: '',
	letterBody:
		'{{ civilite_longue }},\n\nVotre solde est de {{ solde }}.\n\n{{ tableau_factures }}\n\nSalutations distinguées.'
};

/**
 * What the scheduler leaves for us: a reminder being sent, and per recipient a letter delivery
 * (to print by default). `channel` and `status` let a test add what must not be taken.
 */
async function makeLetterDelivery(
	organisationId: string,
	debtorId: string,
	contactId: string,
	values: Partial<typeof deliveries.$inferInsert> = {}
) {
	const [reminder] = await db
		.insert(reminders)
		.values({
			organisationId,
			debtorId,
			status: 'sending',
			sendDate: todayIn('Europe/Paris'),
			shortDescription: 'Première relance',
			requiresValidation: false,
			content: CONTENT
		})
		.returning();
	await db
		.insert(reminderRecipients)
		.values({ reminderId: reminder.id, contactId, channels: [values.channel ?? 'letter'] });
	const covered = await db.select({ id: invoices.id }).from(invoices).where(eq(invoices.debtorId, debtorId));
	if (covered.length)
		await db.insert(reminderInvoices).values(covered.map((i) => ({ reminderId: reminder.id, invoiceId: i.id })));
	const [delivery] = await db
		.insert(deliveries)
		.values({ organisationId, reminderId: reminder.id, contactId, channel: 'letter', status: 'to_print', ...values })
		.returning();
	return { reminder, delivery };
}

const deliveriesByIds = (ids: string[]) => db.select().from(deliveries).where(inArray(deliveries.id, ids));
const eventsOf = (reminderId: string) =>
	db.select().from(reminderEvents).where(eq(reminderEvents.reminderId, reminderId));

beforeEach(async () => {
	db = await freshDb();
	org = await makeOrganisation(db, 'Agence Lumière');
	await db
		.update(organisations)
		.set({ addressLine1: '12 rue de la République', postalCode: '69002', city: 'Lyon', phone: '04 72 00 00 00' })
		.where(eq(organisations.id, org.id));
	other = await makeOrganisation(db, 'Autre Agence');
	debtor = await makeDebtor(db, org.id, 'Durand');
	contact = await makeContact(db, org.id, debtor.id);
	await makeInvoice(db, org.id, debtor.id, { number: 'F-2026-0001', amountCents: 85_000 });
	({ id: managerId, email: managerEmail } = await makeUser(db, org.id, 'manager'));
});

describe('the day’s batch', () => {
	it('takes every letter waiting to print, and only those', async () => {
		const a = await makeLetterDelivery(org.id, debtor.id, contact.id);
		const b = await makeLetterDelivery(org.id, debtor.id, contact.id);
		const email = await makeLetterDelivery(org.id, debtor.id, contact.id, { channel: 'email', status: 'queued' });
		const sent = await makeLetterDelivery(org.id, debtor.id, contact.id, { status: 'sent' });
		const otherDebtor = await makeDebtor(db, other.id, 'Martin');
		const elsewhere = await makeLetterDelivery(
			other.id,
			otherDebtor.id,
			(await makeContact(db, other.id, otherDebtor.id)).id
		);

		const batch = await createBatch(db, org.id, managerId);
		expect(batch).toMatchObject({ organisationId: org.id, status: 'printing', letterCount: 2, createdBy: managerId });
		const rows = await deliveriesByIds([a, b, email, sent, elsewhere].map((x) => x.delivery.id));
		const batchOf = Object.fromEntries(rows.map((r) => [r.id, r.letterBatchId]));
		expect(batchOf[a.delivery.id]).toBe(batch!.id);
		expect(batchOf[b.delivery.id]).toBe(batch!.id);
		expect([batchOf[email.delivery.id], batchOf[sent.delivery.id], batchOf[elsewhere.delivery.id]]).toEqual([
			null,
			null,
			null
		]);

		expect(await createBatch(db, org.id, managerId)).toBeNull();
	});

	it('never puts a letter in two batches made at once', async () => {
		const made = [];
		for (let i = 0; i < 12; i++) made.push((await makeLetterDelivery(org.id, debtor.id, contact.id)).delivery.id);
		const batches = (
			await Promise.all([createBatch(db, org.id, managerId), createBatch(db, org.id, managerId)])
		).filter((b) => b !== null);
		const rows = await deliveriesByIds(made);
		expect(rows.every((r) => batches.some((b) => b.id === r.letterBatchId))).toBe(true);
		expect(batches.reduce((sum, b) => sum + b.letterCount, 0)).toBe(made.length);
		for (const b of batches) expect(rows.filter((r) => r.letterBatchId === b.id)).toHaveLength(b.letterCount);
	});

	it('prints one A4 page per letter, and nothing of another organisation', async () => {
		await makeLetterDelivery(org.id, debtor.id, contact.id);
		const accents = await makeContact(db, org.id, debtor.id, {
			civility: 'M.',
			firstName: 'Ștefan 😀',
			lastName: 'Œuvray “Le Clos”',
			city: 'Saint-Étienne'
		});
		await makeLetterDelivery(org.id, debtor.id, accents.id);
		const batch = (await createBatch(db, org.id, managerId))!;

		const file = await batchPdf(db, org.id, batch.id);
		expect(file!.day).toBe(todayIn('Europe/Paris'));
		const pdf = await PDFDocument.load(file!.pdf);
		expect(pdf.getPageCount()).toBe(2);
		expect(pdf.getPage(0).getSize()).toEqual({ width: PageSizes.A4[0], height: PageSizes.A4[1] });
		expect(await batchPdf(db, other.id, batch.id)).toBeNull();
	});
});

describe('the printer question', () => {
	it('yes: the letters are sent, each reminder’s history says so, and the batch is answered for good', async () => {
		const a = await makeLetterDelivery(org.id, debtor.id, contact.id);
		const b = await makeLetterDelivery(org.id, debtor.id, contact.id);
		const batch = (await createBatch(db, org.id, managerId))!;

		const answer = await confirmBatch(db, org.id, batch.id, managerId, true);
		expect(answer).toMatchObject({ kind: 'sent' });
		expect(answer.kind === 'sent' && [...answer.deliveryIds].sort()).toEqual([a.delivery.id, b.delivery.id].sort());
		expect(answer.kind === 'sent' && [...answer.reminderIds].sort()).toEqual([a.reminder.id, b.reminder.id].sort());
		for (const row of await deliveriesByIds([a.delivery.id, b.delivery.id])) {
			expect(row).toMatchObject({ status: 'sent', letterBatchId: batch.id });
			expect(row.sentAt).toBeInstanceOf(Date);
		}
		const [saved] = await db.select().from(letterBatches).where(eq(letterBatches.id, batch.id));
		expect(saved).toMatchObject({ status: 'confirmed' });
		expect(saved.confirmedAt).toBeInstanceOf(Date);
		const events = await eventsOf(a.reminder.id);
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({ action: 'sent', actorId: managerId, debtorId: debtor.id });
		expect(readStoredText(events[0].reason, 'fr')).toBe('Courrier : impression confirmée');

		expect(await confirmBatch(db, org.id, batch.id, managerId, false)).toEqual({ kind: 'already_answered' });
		expect((await deliveriesByIds([a.delivery.id]))[0].status).toBe('sent');
	});

	it('no: the letters wait to print again, in no batch, and the next PDF takes them', async () => {
		const a = await makeLetterDelivery(org.id, debtor.id, contact.id);
		const batch = (await createBatch(db, org.id, managerId))!;

		expect(await confirmBatch(db, org.id, batch.id, managerId, false)).toEqual({
			kind: 'back_to_print',
			deliveryIds: [a.delivery.id]
		});
		expect((await deliveriesByIds([a.delivery.id]))[0]).toMatchObject({
			status: 'to_print',
			letterBatchId: null,
			sentAt: null
		});
		expect((await db.select().from(letterBatches).where(eq(letterBatches.id, batch.id)))[0].status).toBe('cancelled');
		expect(await eventsOf(a.reminder.id)).toEqual([]);

		const again = await createBatch(db, org.id, managerId);
		expect(again).toMatchObject({ letterCount: 1 });
		expect(await batchPdf(db, org.id, batch.id)).toBeNull();
	});

	it('another organisation can neither answer nor see the batch', async () => {
		const a = await makeLetterDelivery(org.id, debtor.id, contact.id);
		const batch = (await createBatch(db, org.id, managerId))!;
		expect(await confirmBatch(db, other.id, batch.id, null, true)).toEqual({ kind: 'not_found' });
		expect((await deliveriesByIds([a.delivery.id]))[0]).toMatchObject({ status: 'to_print', letterBatchId: batch.id });
	});
});

describe('cancelling the letters of a date', () => {
	it('puts the letters sent that day back to print, with the reason in each reminder’s history', async () => {
		const a = await makeLetterDelivery(org.id, debtor.id, contact.id);
		const batch = (await createBatch(db, org.id, managerId))!;
		await confirmBatch(db, org.id, batch.id, managerId, true);

		expect(await cancelLettersOfDate(db, other.id, todayIn('Europe/Paris'), null)).toEqual({
			deliveryIds: [],
			reminderIds: []
		});
		const result = await cancelLettersOfDate(db, org.id, todayIn('Europe/Paris'), managerId);
		expect(result).toEqual({ deliveryIds: [a.delivery.id], reminderIds: [a.reminder.id] });
		expect((await deliveriesByIds([a.delivery.id]))[0]).toMatchObject({
			status: 'to_print',
			letterBatchId: null,
			sentAt: null
		});
		expect((await db.select().from(letterBatches).where(eq(letterBatches.id, batch.id)))[0].status).toBe('cancelled');
		const cancelled = (await eventsOf(a.reminder.id)).filter((e) => e.action === 'cancelled');
		expect(cancelled).toEqual([expect.objectContaining({ reason: REPRINT_REASON, actorId: managerId })]);
		expect(readStoredText(REPRINT_REASON, 'fr')).toBe('Impression annulée, à réimprimer');
		expect(readStoredText(REPRINT_REASON, 'en')).toBe('Printing cancelled, to print again');

		expect(await createBatch(db, org.id, managerId)).toMatchObject({ letterCount: 1 });
	});

	it('reads the date in the organisation’s time zone', async () => {
		const a = await makeLetterDelivery(org.id, debtor.id, contact.id);
		const batch = (await createBatch(db, org.id, managerId))!;
		await confirmBatch(db, org.id, batch.id, managerId, true);
		// 23:30 UTC on the 22nd is 00:30 on the 23rd in Paris.
		await db
			.update(deliveries)
			.set({ sentAt: new Date('2026-11-22T23:30:00Z') })
			.where(eq(deliveries.id, a.delivery.id));

		expect((await cancelLettersOfDate(db, org.id, '2026-11-22', managerId)).deliveryIds).toEqual([]);
		expect((await cancelLettersOfDate(db, org.id, '2026-11-23', managerId)).deliveryIds).toEqual([a.delivery.id]);
	});

	it('leaves letters that were never printed through a batch alone', async () => {
		const a = await makeLetterDelivery(org.id, debtor.id, contact.id, { status: 'sent', sentAt: new Date() });
		expect((await cancelLettersOfDate(db, org.id, todayIn('Europe/Paris'), managerId)).deliveryIds).toEqual([]);
		expect((await deliveriesByIds([a.delivery.id]))[0].status).toBe('sent');
	});
});

describe('/courriers over HTTP', () => {
	let manager: Client;

	beforeEach(async () => {
		manager = await loggedIn(managerEmail, TEST_PASSWORD);
	});

	/** A GET whose body stays bytes: the shared client reads bodies as text, which would corrupt a PDF. */
	function download(
		client: Client,
		pathname: string
	): Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: Buffer }> {
		const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
		return new Promise((resolve, reject) => {
			http
				.get(
					new URL(pathname, client.origin),
					{ headers: { cookie, 'x-forwarded-proto': 'http', 'x-forwarded-for': '127.0.0.1' } },
					(res) => {
						const chunks: Buffer[] = [];
						res.on('data', (c) => chunks.push(c));
						res.on('end', () =>
							resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) })
						);
					}
				)
				.on('error', reject);
		});
	}

	it('from the waiting list to the PDF, then « Oui »: the reminder is sent and its invoices’ level rises', async () => {
		const a = await makeLetterDelivery(org.id, debtor.id, contact.id);
		const page = await manager.get('/courriers');
		expect(page.status).toBe(200);
		expect(page.body).toContain('1 courrier à imprimer');
		expect(page.body).toContain('Durand');

		// Without JavaScript, the form posts and the page answers with the batch to download.
		const generated = await manager.post('/courriers?/generate', {});
		expect(generated.status).toBe(200);
		expect(generated.body).toContain('Le PDF est prêt : 1 courrier.');
		const [batch] = await db.select().from(letterBatches);
		expect(generated.body).toContain(`/courriers/${batch.id}/pdf`);
		expect(generated.body).toContain("L'impression s'est-elle bien passée ?");

		const file = await download(manager, `/courriers/${batch.id}/pdf`);
		expect(file.status).toBe(200);
		expect(file.headers['content-type']).toBe('application/pdf');
		expect(file.headers['content-disposition']).toBe(`attachment; filename="courriers-${todayIn('Europe/Paris')}.pdf"`);
		const pdf = await PDFDocument.load(new Uint8Array(file.bytes));
		expect(pdf.getPageCount()).toBe(1);

		const yes = await manager.action('/courriers?/confirm', { batchId: batch.id, printed: 'yes' });
		expect(yes).toMatchObject({ type: 'success', data: { done: '1 courrier marqué comme envoyé.' } });
		expect((await deliveriesByIds([a.delivery.id]))[0].status).toBe('sent');
		expect((await db.select().from(reminders).where(eq(reminders.id, a.reminder.id)))[0].status).toBe('sent');
		expect((await db.select().from(invoices).where(eq(invoices.debtorId, debtor.id)))[0].reminderLevel).toBe(1);

		const twice = await manager.action('/courriers?/confirm', { batchId: batch.id, printed: 'no' });
		expect(twice.status).toBe(409);
	});

	it('« Non » puts the letters back to print', async () => {
		const a = await makeLetterDelivery(org.id, debtor.id, contact.id);
		await manager.action('/courriers?/generate', {});
		const [batch] = await db.select().from(letterBatches);
		const no = await manager.action('/courriers?/confirm', { batchId: batch.id, printed: 'no' });
		expect(no).toMatchObject({
			type: 'success',
			data: { done: '1 courrier remis à imprimer : générez un nouveau PDF.' }
		});
		expect((await deliveriesByIds([a.delivery.id]))[0]).toMatchObject({ status: 'to_print', letterBatchId: null });
	});

	it('cancels a date after a confirmation that says how many letters', async () => {
		const a = await makeLetterDelivery(org.id, debtor.id, contact.id);
		const batch = (await createBatch(db, org.id, managerId))!;
		await confirmBatch(db, org.id, batch.id, managerId, true);
		const today = todayIn('Europe/Paris');

		const check = await manager.action('/courriers?/checkDate', { date: today });
		expect(check).toMatchObject({ type: 'success', data: { confirmCancel: { date: today, letters: 1 } } });
		expect((await deliveriesByIds([a.delivery.id]))[0].status).toBe('sent');
		const none = await manager.action('/courriers?/checkDate', { date: '2020-01-01' });
		expect(none.status).toBe(400);
		expect(none.data?.errors).toMatchObject({ date: 'Aucun courrier envoyé le 01/01/2020.' });
		const bad = await manager.action('/courriers?/cancelDate', { date: '2026-02-30' });
		expect(bad.status).toBe(400);

		const done = await manager.action('/courriers?/cancelDate', { date: today });
		expect(done).toMatchObject({
			type: 'success',
			data: { done: '1 courrier remis à imprimer : générez un nouveau PDF.' }
		});
		expect((await deliveriesByIds([a.delivery.id]))[0].status).toBe('to_print');
		expect((await eventsOf(a.reminder.id)).map((e) => e.reason)).toContain(REPRINT_REASON);
	});

	it('another organisation’s batch is not found', async () => {
		const otherDebtor = await makeDebtor(db, other.id, 'Martin');
		const elsewhere = await makeLetterDelivery(
			other.id,
			otherDebtor.id,
			(await makeContact(db, other.id, otherDebtor.id)).id
		);
		const batch = (await createBatch(db, other.id, null))!;

		expect((await download(manager, `/courriers/${batch.id}/pdf`)).status).toBe(404);
		expect((await download(manager, '/courriers/not-a-uuid/pdf')).status).toBe(404);
		const answer = await manager.action('/courriers?/confirm', { batchId: batch.id, printed: 'yes' });
		expect(answer.status).toBe(404);
		expect((await deliveriesByIds([elsewhere.delivery.id]))[0]).toMatchObject({
			status: 'to_print',
			letterBatchId: batch.id
		});
	});

	it('is for admins, managers and agents; an approver is refused', async () => {
		await makeLetterDelivery(org.id, debtor.id, contact.id);
		const batch = (await createBatch(db, org.id, managerId))!;
		const approver = await loggedIn((await makeUser(db, org.id, 'approver')).email, TEST_PASSWORD);
		expect((await approver.get('/courriers')).status).toBe(403);
		expect((await download(approver, `/courriers/${batch.id}/pdf`)).status).toBe(403);
		expect((await approver.post('/courriers?/generate', {})).status).toBe(403);

		const agent = await loggedIn((await makeUser(db, org.id, 'agent')).email, TEST_PASSWORD);
		expect((await agent.get('/courriers')).status).toBe(200);
		expect((await download(agent, `/courriers/${batch.id}/pdf`)).status).toBe(200);
		expect((await manager.get('/plus')).body).toContain('href="/courriers"');
		expect((await approver.get('/plus')).body).not.toContain('href="/courriers"');
	});
});
