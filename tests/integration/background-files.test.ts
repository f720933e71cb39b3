import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { freshDb } from '../helpers/db';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { loggedIn, type Client } from '../helpers/app';
import { operationIn, operationReply } from '../helpers/operations';
import {
	contacts,
	deliveries,
	letterBatches,
	operationFiles,
	operations,
	reminderRecipients,
	reminders
} from '../../src/lib/server/db/schema';
import { runOperation } from '../../src/lib/server/background/operations';
import { todayIn } from '../../src/lib/dates';
import type { Db } from '../../src/lib/server/db/types';

let db: Db;
let org: { id: string };
let manager: Client;

const noDeliveries = async () => {};

beforeEach(async () => {
	db = await freshDb();
	org = await makeOrganisation(db, 'Agence Volume');
	manager = await loggedIn((await makeUser(db, org.id, 'manager')).email, TEST_PASSWORD);
});

afterEach(() => {
	delete process.env.LETTERS_OPERATION_COUNT;
	delete process.env.EXPORT_OPERATION_ROWS;
});

/** A letter waiting to print, for a debtor of its own (one page each). */
async function waitingLetter(contactOf?: string) {
	const debtor = await makeDebtor(db, org.id, `Débiteur ${crypto.randomUUID().slice(0, 4)}`);
	const contact = await makeContact(db, org.id, contactOf ?? debtor.id);
	await makeInvoice(db, org.id, debtor.id, { number: `F-${crypto.randomUUID().slice(0, 6)}`, amountCents: 12_000 });
	const [reminder] = await db
		.insert(reminders)
		.values({
			organisationId: org.id,
			debtorId: debtor.id,
			status: 'sending',
			sendDate: todayIn('Europe/Paris'),
			shortDescription: 'Première relance',
			requiresValidation: false,
			content: {
				emailSubject: '',
				emailHeader: '',
				emailBody: '',
				emailFooter: '',
				smsText: '',
				letterBody: 'Madame,\n\nVotre solde est dû.\n\nSalutations.'
			}
		})
		.returning();
	await db.insert(reminderRecipients).values({ reminderId: reminder.id, contactId: contact.id, channels: ['letter'] });
	const [delivery] = await db
		.insert(deliveries)
		.values({
			organisationId: org.id,
			reminderId: reminder.id,
			contactId: contact.id,
			channel: 'letter',
			status: 'to_print'
		})
		.returning();
	return { debtor, contact, delivery };
}

const pages = async (bytes: Uint8Array) => (await PDFDocument.load(bytes)).getPageCount();

describe('the day’s PDF of a large batch, by an operation', () => {
	it('answers with an operation that a second click joins; its job stores the PDF the batch then serves, every letter in one batch', async () => {
		process.env.LETTERS_OPERATION_COUNT = '3';
		for (let i = 0; i < 5; i++) await waitingLetter();

		// Without JavaScript: the answer names the operation, nothing is drawn yet.
		const first = await manager.post('/courriers?/generate', {});
		expect(first.status).toBe(303);
		const id = operationIn(first.location)!;
		expect(await operationReply(manager, id)).toMatchObject({
			status: 'running',
			kind: 'letters_pdf',
			total: 5,
			done: 0
		});

		// A second click, with JavaScript, joins it.
		const second = await manager.action('/courriers?/generate', {});
		expect(second.type).toBe('redirect');
		expect(operationIn(second.location)).toBe(id);
		expect(second.location).toContain('rejoint');
		expect(await db.select().from(operations)).toHaveLength(1);

		// Another device sees the bar, with a refresh link for a browser without script.
		const agent = await loggedIn((await makeUser(db, org.id, 'agent')).email, TEST_PASSWORD);
		const elsewhere = (await agent.get('/courriers')).body;
		expect(elsewhere).toContain(`data-operation-id="${id}"`);
		expect(elsewhere).toContain('data-testid="operation-refresh"');

		await runOperation(db, id, noDeliveries);
		expect(await operationReply(agent, id)).toMatchObject({
			status: 'done',
			done: 5,
			total: 5,
			message: 'Le PDF est prêt : 5 courriers.'
		});

		const batches = await db.select().from(letterBatches);
		expect(batches).toHaveLength(1);
		const [batch] = batches;
		expect(batch.letterCount).toBe(5);
		expect((await db.select().from(deliveries)).every((d) => d.letterBatchId === batch.id)).toBe(true);
		expect(await pages(batch.pdf!)).toBe(5);

		// The download serves the stored file as it is.
		const file = await manager.raw('GET', `/courriers/${batch.id}/pdf`);
		expect(file.status).toBe(200);
		expect(file.headers['content-type']).toBe('application/pdf');
		expect(Buffer.from(file.body).equals(Buffer.from(batch.pdf!))).toBe(true);
		const marker = await PDFDocument.create();
		marker.addPage();
		await db
			.update(letterBatches)
			.set({ pdf: await marker.save() })
			.where(eq(letterBatches.id, batch.id));
		expect(await pages((await manager.raw('GET', `/courriers/${batch.id}/pdf`)).body)).toBe(1);

		// The page says it is done and offers the download.
		const after = (await manager.get(`/courriers?operation=${id}`)).body;
		expect(after).toContain('Le PDF est prêt : 5 courriers.');
		expect(after).toMatch(new RegExp(`href="/courriers/${batch.id}/pdf"[^>]*data-testid="operation-download"`));

		// Answered, the batch keeps no file: a later download draws its letters again.
		expect((await manager.action('/courriers?/confirm', { batchId: batch.id, printed: 'yes' })).type).toBe('success');
		expect((await db.select({ pdf: letterBatches.pdf }).from(letterBatches))[0].pdf).toBeNull();
		expect(await pages((await manager.raw('GET', `/courriers/${batch.id}/pdf`)).body)).toBe(5);
	});

	it('keeps the immediate answer for a batch up to the threshold', async () => {
		process.env.LETTERS_OPERATION_COUNT = '2';
		for (let i = 0; i < 2; i++) await waitingLetter();
		const small = await manager.post('/courriers?/generate', {});
		expect(small.status).toBe(200);
		expect(small.body).toContain('Le PDF est prêt : 2 courriers.');
		expect(await db.select().from(operations)).toHaveLength(0);
		const [batch] = await db.select().from(letterBatches);
		expect(batch.pdf).toBeNull();
		expect(await pages((await manager.raw('GET', `/courriers/${batch.id}/pdf`)).body)).toBe(2);
	});

	it('resumes after a try cut off while drawing: the same batch, never a second', async () => {
		process.env.LETTERS_OPERATION_COUNT = '1';
		await waitingLetter();
		const other = await makeDebtor(db, org.id, 'Autre débiteur');
		// A letter whose recipient is not its debtor's: drawing it fails, as a crash would.
		const broken = await waitingLetter(other.id);
		const id = operationIn((await manager.post('/courriers?/generate', {})).location)!;

		await expect(runOperation(db, id, noDeliveries, { lastTry: false })).rejects.toThrow();
		expect(await operationReply(manager, id)).toMatchObject({ status: 'running' });
		const [made] = await db.select().from(letterBatches);
		expect(made).toMatchObject({ letterCount: 2, pdf: null });
		// Meanwhile the page shows the batch as being prepared, without a download or the printer question.
		const page = (await manager.get('/courriers')).body;
		expect(page).toContain('data-testid="batch-preparing"');
		expect(page).not.toContain(`/courriers/${made.id}/pdf`);
		expect(page).not.toContain('?/confirm');

		await db.update(contacts).set({ debtorId: broken.debtor.id }).where(eq(contacts.id, broken.contact.id));
		await runOperation(db, id, noDeliveries);
		expect(await operationReply(manager, id)).toMatchObject({ status: 'done', done: 2, total: 2 });
		const batches = await db.select().from(letterBatches);
		expect(batches.map((b) => b.id)).toEqual([made.id]);
		expect(await pages(batches[0].pdf!)).toBe(2);
		expect((await db.select().from(deliveries)).every((d) => d.letterBatchId === made.id)).toBe(true);
	});
});

describe('a large export, by an operation', () => {
	it('makes the list in the background, joined by a second click, and serves its file to the organisation only', async () => {
		process.env.EXPORT_OPERATION_ROWS = '3';
		const names = ['Arnaud', 'Bernard', 'Chevalier', 'Dubois', 'Étienne'];
		for (const name of names) await makeDebtor(db, org.id, name);
		const other = await makeOrganisation(db, 'Agence Voisine');
		await makeDebtor(db, other.id, 'Voisin');

		const asked = { export: 'liste', type: 'debtors', format: 'csv' };
		const first = await manager.post('/exporter?/export', asked);
		expect(first.status).toBe(303);
		const id = operationIn(first.location)!;
		expect(first.location).toMatch(/^\/exporter\?operation=/);
		expect(await operationReply(manager, id)).toMatchObject({ status: 'running', kind: 'export', total: 5 });
		const again = await manager.post('/exporter?/export', asked);
		expect(operationIn(again.location)).toBe(id);
		expect(again.location).toContain('rejoint');
		// Another export is another operation.
		const xlsx = operationIn((await manager.post('/exporter?/export', { ...asked, format: 'xlsx' })).location);
		expect(xlsx).not.toBe(id);
		expect((await manager.get('/exporter')).body).toContain('data-testid="operation-refresh"');

		await runOperation(db, id, noDeliveries);
		const fileName = `Débiteurs ${todayIn('Europe/Paris')}.csv`;
		expect(await operationReply(manager, id)).toMatchObject({
			status: 'done',
			done: 5,
			total: 5,
			message: 'Le fichier est prêt : 5 lignes.'
		});
		expect((await manager.get(`/exporter?operation=${id}`)).body).toMatch(
			new RegExp(`href="/exporter/fichier/${id}"[^>]*data-testid="export-download"`)
		);

		const file = await manager.raw('GET', `/exporter/fichier/${id}`);
		expect(file.status).toBe(200);
		expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
		expect(file.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(fileName)}`);
		const lines = Buffer.from(file.body).toString('utf8').replace('\ufeff', '').trim().split('\r\n');
		expect(lines).toHaveLength(6);
		expect(
			lines
				.slice(1)
				.map((l) => l.split(';')[1])
				.sort()
		).toEqual(names);

		const stranger = await loggedIn((await makeUser(db, other.id, 'admin')).email, TEST_PASSWORD);
		expect((await stranger.raw('GET', `/exporter/fichier/${id}`)).status).toBe(404);
		const approver = await loggedIn((await makeUser(db, org.id, 'approver')).email, TEST_PASSWORD);
		expect((await approver.raw('GET', `/exporter/fichier/${id}`)).status).toBe(403);
		expect((await approver.post('/exporter?/export', asked)).status).toBe(403);
	});

	it('makes the workbook with every row of its three tabs; a small export downloads at once', async () => {
		process.env.EXPORT_OPERATION_ROWS = '2';
		for (const name of ['Sans contact 1', 'Sans contact 2']) {
			const debtor = await makeDebtor(db, org.id, name);
			await makeInvoice(db, org.id, debtor.id, { number: `F-${name.slice(-1)}`, amountCents: 5_000 });
			await makeContact(db, org.id, debtor.id, { role: 'garant' });
		}
		const id = operationIn((await manager.post('/exporter?/export', { export: 'classeur', canal: 'email' })).location)!;
		await runOperation(db, id, noDeliveries);
		expect(await operationReply(manager, id)).toMatchObject({ status: 'done', done: 4, total: 4 });
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load((await manager.raw('GET', `/exporter/fichier/${id}`)).body as unknown as ArrayBuffer);
		expect(workbook.worksheets.map((w) => [w.name, w.actualRowCount])).toEqual([
			['Relance', 1],
			['Facture_du', 3],
			['No_destinataire', 3]
		]);
		// Each has a contact, a guarantor, who receives no reminder.
		const noContact = workbook.getWorksheet('No_destinataire')!;
		expect([2, 3].map((row) => noContact.getRow(row).getCell(4).value)).toEqual(['1', '1']);

		process.env.EXPORT_OPERATION_ROWS = '100';
		const small = await manager.post('/exporter?/export', { export: 'historique', format: 'xlsx', canal: 'email' });
		expect(small.status).toBe(303);
		expect(small.location).toBe('/historique/export?format=xlsx&canal=email');
		expect((await manager.post('/exporter?/export', { export: 'format', id: crypto.randomUUID() })).status).toBe(404);
	});

	it('keeps a file a day: storing a new one deletes the older ones', async () => {
		process.env.EXPORT_OPERATION_ROWS = '0';
		await makeDebtor(db, org.id, 'Seul');
		const old = operationIn(
			(await manager.post('/exporter?/export', { export: 'liste', type: 'debtors', format: 'csv' })).location
		)!;
		await runOperation(db, old, noDeliveries);
		await db.update(operationFiles).set({ createdAt: sql`now() - interval '25 hours'` });
		expect((await manager.raw('GET', `/exporter/fichier/${old}`)).status).toBe(404);

		const fresh = operationIn(
			(await manager.post('/exporter?/export', { export: 'liste', type: 'debtors', format: 'xlsx' })).location
		)!;
		await runOperation(db, fresh, noDeliveries);
		const kept = await db.select({ id: operationFiles.operationId }).from(operationFiles);
		expect(kept.map((f) => f.id)).toEqual([fresh]);
		expect((await manager.raw('GET', `/exporter/fichier/${fresh}`)).status).toBe(200);
	});
});
