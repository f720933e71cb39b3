import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq, inArray, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { freshDb } from '../helpers/db';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { loggedIn, type Client } from '../helpers/app';
import { startFakeResend, type FakeResend } from '../fakes/resend';
import { startFakeVonage, type FakeVonage } from '../fakes/vonage';
import { sendersFor } from '../fakes/senders';
import {
	contacts,
	debtorEvents,
	debtorPauses,
	debtors,
	deliveries,
	importUploads,
	invoices,
	letterBatches,
	operationFiles,
	operations,
	outbox,
	payments,
	reminderEvents,
	reminderRecipients,
	reminders,
	scenarioRuns,
	scenarios,
	scenarioSettings,
	scenarioSteps,
	templates,
	type ReminderContent
} from '../../src/lib/server/db/schema';
import { rowsOf } from '../../src/lib/server/db/arrays';
import { runPass } from '../../src/lib/server/delivery/scheduler';
import { deliverBatch, type Senders } from '../../src/lib/server/delivery/worker';
import { runScenarios } from '../../src/lib/server/scenarios/run';
import { applyImport } from '../../src/lib/server/imports/apply';
import { beforeRunLists } from '../../src/lib/server/lists/before-run';
import { countNoContact } from '../../src/lib/server/exports/tables';
import { addDays } from '../../src/lib/server/scenarios/days';
import { todayIn } from '../../src/lib/dates';
import { readStoredText, storedText } from '$lib/stored-text';
import type { Db } from '../../src/lib/server/db/types';
import type { SyncResponse } from '../../src/lib/offline/types';

/**
 * A debtor's personal data, exported and erased on his request (GDPR), through the built app:
 * what the file holds, who may ask, and that after an erasure nothing of him is left anywhere
 * while the accounts stay whole and nothing can leave for him any more.
 */
let db: Db;
let resend: FakeResend;
let vonage: FakeVonage;
let senders: Senders;
let orgA: { id: string };
let orgB: { id: string };
let emails: { admin: string; manager: string; approver: string; stranger: string };
let his: {
	debtorId: string;
	contactIds: string[];
	sent: string;
	scheduled: string;
	pending: string;
	sending: string;
	sms: string;
	letter: string;
	batch: string;
	invoice: string;
	keptUpload: string;
	keptFile: string;
};
let otherDebtorId: string;

/** What names him: none of it may be left anywhere once he is erased. */
const NEEDLES = [
	'Valcourt',
	'Jeanne',
	'jeanne.valcourt@example.test',
	'marc.valcourt@example.test',
	'+33611223344',
	'06 11 22 33 44',
	'+33655667788',
	'Peupliers',
	'Bâtiment Cèdre',
	'Annecy',
	'impasse du Moulin',
	'Chambéry',
	'BAIL-PEUPLIERS',
	'msg-valcourt',
	'RECO-VALCOURT',
	'rappelle lundi',
	'conteste le montant'
];

const today = () => todayIn('Europe/Paris');
const content = (text: string): ReminderContent => ({
	emailSubject: `Relance ${text}`,
	emailHeader: '',
	emailBody: `Bonjour ${text}`,
	emailFooter: '',
	smsText: `Solde dû, ${text}`,
	letterSubject: '',
	letterBody: `Madame ${text}`
});

beforeAll(async () => {
	[resend, vonage] = await Promise.all([startFakeResend(), startFakeVonage()]);
	senders = sendersFor(resend, vonage);
});
afterAll(async () => {
	await Promise.all([resend.close(), vonage.close()]);
});

async function reminder(
	debtorId: string,
	status: (typeof reminders.$inferInsert)['status'],
	values: Partial<typeof reminders.$inferInsert> = {}
) {
	const [row] = await db
		.insert(reminders)
		.values({
			organisationId: orgA.id,
			debtorId,
			status,
			sendDate: today(),
			shortDescription: 'Relance',
			requiresValidation: false,
			content: content('Jeanne Valcourt'),
			...values
		})
		.returning();
	return row.id;
}

async function csv(text: string) {
	return Buffer.from(text, 'utf-8');
}

async function workbook(rows: string[][]) {
	const book = new ExcelJS.Workbook();
	const sheet = book.addWorksheet('Contacts');
	for (const row of rows) sheet.addRow(row);
	return Buffer.from(await book.xlsx.writeBuffer());
}

async function storeExport(fileName: string, bytes: Buffer) {
	const [op] = await db
		.insert(operations)
		.values({ organisationId: orgA.id, kind: 'export', status: 'done', total: 1, done: 1, outcomeCode: 'export' })
		.returning();
	await db
		.insert(operationFiles)
		.values({ operationId: op.id, organisationId: orgA.id, fileName, contentType: 'text/csv; charset=utf-8', bytes });
	return op.id;
}

beforeEach(async () => {
	db = await freshDb();
	resend.reset();
	vonage.reset();
	orgA = await makeOrganisation(db, 'Agence A');
	orgB = await makeOrganisation(db, 'Agence B');
	emails = {
		admin: (await makeUser(db, orgA.id, 'admin')).email,
		manager: (await makeUser(db, orgA.id, 'manager')).email,
		approver: (await makeUser(db, orgA.id, 'approver')).email,
		stranger: (await makeUser(db, orgB.id, 'admin')).email
	};

	const [debtor] = await db
		.insert(debtors)
		.values({
			organisationId: orgA.id,
			accountNumber: 'LOC-VAL',
			name: 'Valcourt Jeanne',
			leaseReference: 'BAIL-PEUPLIERS-12'
		})
		.returning();
	const tenant = await makeContact(db, orgA.id, debtor.id, {
		civility: 'Mme',
		firstName: 'Jeanne',
		lastName: 'Valcourt',
		externalRef: 'C-VAL-1',
		email: 'jeanne.valcourt@example.test',
		mobilePhone: '+33611223344',
		addressLine1: '12 rue des Peupliers',
		addressLine2: 'Bâtiment Cèdre',
		postalCode: '74000',
		city: 'Annecy'
	});
	const guarantor = await makeContact(db, orgA.id, debtor.id, {
		civility: 'M.',
		firstName: 'Marc',
		lastName: 'Valcourt',
		role: 'garant',
		email: 'marc.valcourt@example.test',
		mobilePhone: '+33655667788',
		addressLine1: '7 impasse du Moulin',
		postalCode: '73000',
		city: 'Chambéry'
	});
	const invoice = await makeInvoice(db, orgA.id, debtor.id, {
		number: 'F-VAL-1',
		issueDate: addDays(today(), -40),
		dueDate: addDays(today(), -30),
		amountCents: 91_500,
		paidCents: 10_000
	});
	await db.insert(payments).values({
		organisationId: orgA.id,
		debtorId: debtor.id,
		invoiceId: invoice.id,
		amountCents: 10_000,
		paidOn: addDays(today(), -5),
		reference: 'VIR VALCOURT MARS',
		externalRef: 'PAY-77'
	});
	await db.insert(debtorPauses).values({
		debtorId: debtor.id,
		organisationId: orgA.id,
		until: addDays(today(), 20),
		promisedCents: 20_000,
		note: 'Mme Valcourt rappelle lundi'
	});

	const other = await makeDebtor(db, orgA.id, 'Bernadette Lointaine');
	otherDebtorId = other.id;
	const otherContact = await makeContact(db, orgA.id, other.id, {
		firstName: 'Bernadette',
		lastName: 'Lointaine',
		email: 'bernadette.lointaine@example.test',
		mobilePhone: '+33699887766'
	});
	await makeInvoice(db, orgA.id, other.id, {
		number: 'F-LOIN-1',
		issueDate: addDays(today(), -40),
		dueDate: addDays(today(), -30)
	});

	// Sent, with what it said, where it went and what the provider answered.
	const sent = await reminder(debtor.id, 'sent', {
		sentAt: new Date(),
		description: 'Appelée au 06 11 22 33 44',
		shortDescription: 'Relance Valcourt'
	});
	await db.insert(reminderRecipients).values({ reminderId: sent, contactId: tenant.id, channels: ['email'] });
	const [email] = await db
		.insert(deliveries)
		.values({
			organisationId: orgA.id,
			reminderId: sent,
			contactId: tenant.id,
			channel: 'email',
			status: 'sent',
			providerMessageId: 'msg-valcourt-1',
			sentAt: new Date(),
			attempts: 1
		})
		.returning();
	await db.insert(outbox).values({
		organisationId: orgA.id,
		deliveryId: email.id,
		channel: 'email',
		recipient: 'jeanne.valcourt@example.test',
		subject: 'Relance Jeanne Valcourt',
		text: 'Bonjour Jeanne Valcourt'
	});
	await db.insert(reminderEvents).values([
		{
			organisationId: orgA.id,
			reminderId: sent,
			debtorId: debtor.id,
			action: 'updated',
			changes: { description: { from: '', to: 'Appelée au 06 11 22 33 44' } }
		},
		{
			organisationId: orgA.id,
			reminderId: sent,
			debtorId: debtor.id,
			action: 'delivery_sent',
			reason: storedText('delivery', { channel: 'email', to: 'jeanne.valcourt@example.test' })
		},
		{
			organisationId: orgA.id,
			reminderId: sent,
			debtorId: debtor.id,
			action: 'sent',
			fromStatus: 'sending',
			toStatus: 'sent'
		}
	]);

	// Due now, and waiting for an approver: both would still leave.
	const scheduled = await reminder(debtor.id, 'scheduled', { immediate: true });
	await db
		.insert(reminderRecipients)
		.values({ reminderId: scheduled, contactId: tenant.id, channels: ['email', 'sms'] });
	const pending = await reminder(debtor.id, 'pending_validation', {
		requiresValidation: true,
		sendDate: addDays(today(), 3)
	});
	await db.insert(reminderRecipients).values({ reminderId: pending, contactId: guarantor.id, channels: ['letter'] });
	await db.insert(reminderEvents).values({
		organisationId: orgA.id,
		reminderId: pending,
		debtorId: debtor.id,
		action: 'updated',
		reason: 'Mme Valcourt conteste le montant'
	});

	// Sending: an SMS still queued, and a letter in a PDF waiting for the printer's answer.
	const sending = await reminder(debtor.id, 'sending', { registered: true });
	await db.insert(reminderRecipients).values([
		{ reminderId: sending, contactId: tenant.id, channels: ['sms'] },
		{ reminderId: sending, contactId: guarantor.id, channels: ['letter'] }
	]);
	const [batch] = await db
		.insert(letterBatches)
		.values({
			organisationId: orgA.id,
			letterCount: 2,
			pdf: new TextEncoder().encode('%PDF Marc Valcourt, 7 impasse du Moulin')
		})
		.returning();
	const [sms] = await db
		.insert(deliveries)
		.values({
			organisationId: orgA.id,
			reminderId: sending,
			contactId: tenant.id,
			channel: 'sms',
			status: 'queued',
			lastError: 'Vonage: +33611223344 unreachable'
		})
		.returning();
	const [letter] = await db
		.insert(deliveries)
		.values({
			organisationId: orgA.id,
			reminderId: sending,
			contactId: guarantor.id,
			channel: 'letter',
			status: 'to_print',
			letterBatchId: batch.id,
			registeredNumber: 'RECO-VALCOURT-1'
		})
		.returning();
	const otherReminder = await reminder(other.id, 'sending', { content: content('Bernadette') });
	await db
		.insert(reminderRecipients)
		.values({ reminderId: otherReminder, contactId: otherContact.id, channels: ['letter'] });
	await db.insert(deliveries).values({
		organisationId: orgA.id,
		reminderId: otherReminder,
		contactId: otherContact.id,
		channel: 'letter',
		status: 'to_print',
		letterBatchId: batch.id
	});

	const line = (debtorId: string, debtorName: string) => ({
		debtorId,
		debtorName,
		text: storedText('fallback_none', { contact: `Mme ${debtorName}`, why: 'no_address' })
	});
	await db.insert(scenarioRuns).values({
		organisationId: orgA.id,
		trigger: 'manual',
		details: {
			created: [],
			deleted: [],
			skipped: [line(debtor.id, 'Valcourt Jeanne'), line(other.id, 'Bernadette Lointaine')]
		}
	});

	const upload = (name: string, text: string) => ({
		organisationId: orgA.id,
		kind: 'contacts',
		fileName: name,
		encoding: 'utf-8',
		content: Buffer.from(text).toString('base64')
	});
	await db
		.insert(importUploads)
		.values(upload('contacts.csv', 'Compte;Nom;E-mail\nLOC-VAL;Valcourt;jeanne.valcourt@example.test\n'));
	const [keptUpload] = await db
		.insert(importUploads)
		.values(upload('autres.csv', 'Compte;Nom\nLOC-LOIN;Bernadette Lointaine\n'))
		.returning();
	await storeExport('Contacts.csv', await csv('Compte;E-mail\r\nLOC-VAL;jeanne.valcourt@example.test\r\n'));
	await storeExport(
		'Contacts.xlsx',
		await workbook([
			['Nom', 'Mobile'],
			['M. Garant', '06 55 66 77 88']
		])
	);
	const keptFile = await storeExport('Autres.csv', await csv('Compte;Nom\r\nLOC-LOIN;Bernadette Lointaine\r\n'));

	his = {
		debtorId: debtor.id,
		contactIds: [tenant.id, guarantor.id],
		sent,
		scheduled,
		pending,
		sending,
		sms: sms.id,
		letter: letter.id,
		batch: batch.id,
		invoice: invoice.id,
		keptUpload: keptUpload.id,
		keptFile
	};
});

const as = (who: keyof typeof emails): Promise<Client> => loggedIn(emails[who], TEST_PASSWORD);

/** Every row of every table of the app, as text: where a name could hide. */
async function everything(): Promise<string> {
	const tables = rowsOf<{ tablename: string }>(
		await db.execute(sql`select tablename from pg_tables where schemaname = 'public' order by 1`)
	);
	const parts: string[] = [];
	for (const { tablename } of tables) {
		const rows = rowsOf<{ row: string }>(await db.execute(sql.raw(`select t::text as row from "${tablename}" t`)));
		parts.push(...rows.map((r) => `${tablename}: ${r.row}`));
	}
	return parts.join('\n');
}

const left = (text: string) => NEEDLES.filter((needle) => text.toLowerCase().includes(needle.toLowerCase()));

/** The sections of the exported file read by their members; the others are compared whole. */
interface PersonalDataJson {
	Contacts: unknown[];
	Relances: {
		Objet: string;
		Destinataires: unknown;
		Contenu: Record<string, string>;
		Envois: Record<string, unknown>[];
	}[];
	Historique: { Motif: string }[];
	[section: string]: unknown;
}

async function exportAs(client: Client, debtorId = his.debtorId) {
	return client.raw('POST', `/debiteurs/${debtorId}/donnees-personnelles`, {});
}

async function erase(client: Client, debtorId = his.debtorId) {
	return client.post(`/debiteurs/${debtorId}/effacer`, { confirm: 'on' });
}

describe('exporting a debtor’s personal data', () => {
	it('gives an admin one JSON file of the debtor, his contacts, invoices, payments, reminders, deliveries and history, and nothing of anyone else', async () => {
		const admin = await as('admin');
		const page = await admin.get(`/debiteurs/${his.debtorId}`);
		expect(page.body).toContain('Exporter ses données personnelles');
		expect(page.body).toContain(`action="/debiteurs/${his.debtorId}/donnees-personnelles"`);

		const reply = await exportAs(admin);
		expect(reply.status).toBe(200);
		expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
		expect(reply.headers['content-disposition']).toMatch(
			/^attachment; filename="donnees-personnelles-LOC-VAL-\d{4}-\d{2}-\d{2}\.json"/
		);
		const text = new TextDecoder().decode(reply.body);
		const file = JSON.parse(text) as PersonalDataJson;

		expect(file['Débiteur']).toMatchObject({
			'Numéro de compte': 'LOC-VAL',
			Nom: 'Valcourt Jeanne',
			'Référence du bail': 'BAIL-PEUPLIERS-12'
		});
		expect(file['Contacts']).toHaveLength(2);
		expect(file['Contacts'][0]).toMatchObject({
			Prénom: 'Jeanne',
			'E-mail': 'jeanne.valcourt@example.test',
			Mobile: '+33611223344',
			Adresse: '12 rue des Peupliers',
			Ville: 'Annecy',
			Consentements: { 'E-mail': true, Courrier: true, SMS: true }
		});
		expect(file['Contacts'][1]).toMatchObject({
			Prénom: 'Marc',
			'E-mail': 'marc.valcourt@example.test',
			Ville: 'Chambéry'
		});
		expect(file['Factures']).toEqual([
			expect.objectContaining({ Numéro: 'F-VAL-1', 'Montant (€)': 915, 'Payé (€)': 100 })
		]);
		expect(file['Paiements']).toEqual([
			expect.objectContaining({ 'Montant (€)': 100, Facture: 'F-VAL-1', Référence: 'VIR VALCOURT MARS' })
		]);
		expect(file['Pause ou promesse de paiement']).toMatchObject({
			'Montant promis (€)': 200,
			Note: 'Mme Valcourt rappelle lundi'
		});

		const reminderList = file['Relances'];
		expect(reminderList).toHaveLength(4);
		const sent = reminderList.find((r) => r['Objet'] === 'Relance Valcourt')!;
		expect(sent['Destinataires']).toEqual([{ Contact: 'Mme Jeanne Valcourt', Canaux: ['E-mail'] }]);
		expect(sent['Contenu']["Corps de l'e-mail"]).toBe('Bonjour Jeanne Valcourt');
		expect(sent['Envois']).toEqual([
			expect.objectContaining({
				Canal: 'E-mail',
				Contact: 'Mme Jeanne Valcourt',
				'Adresse utilisée': 'jeanne.valcourt@example.test',
				'Identifiant chez le prestataire': 'msg-valcourt-1',
				'Message envoyé': { "Objet de l'e-mail": 'Relance Jeanne Valcourt', Texte: 'Bonjour Jeanne Valcourt' }
			})
		]);
		const letters = reminderList.flatMap((r) => r['Envois']).filter((d) => d['Canal'] === 'Courrier');
		expect(letters).toEqual([
			expect.objectContaining({
				'Adresse utilisée': '7 impasse du Moulin, 73000 Chambéry, FR',
				'N° de recommandé': 'RECO-VALCOURT-1'
			})
		]);
		const history = file['Historique'].map((h) => h['Motif']);
		expect(history).toContain('E-mail · jeanne.valcourt@example.test');
		expect(history).toContain('Mme Valcourt conteste le montant');
		expect(file['Rapports de scénario']).toEqual([expect.objectContaining({ Nom: 'Valcourt Jeanne' })]);

		for (const stranger of ['Lointaine', 'Bernadette', 'LOC-LOIN', 'F-LOIN-1', '+33699887766'])
			expect(text, stranger).not.toContain(stranger);

		// Written in his history: who exported, and when.
		const events = await db.select().from(debtorEvents).where(eq(debtorEvents.debtorId, his.debtorId));
		expect(events).toEqual([expect.objectContaining({ action: 'personal_data_exported', organisationId: orgA.id })]);
		const again = await admin.get(`/debiteurs/${his.debtorId}`);
		expect(again.body).toContain('Données personnelles exportées');
	});

	it('is an admin’s, of his own organisation’s debtors only', async () => {
		const manager = await as('manager');
		expect((await manager.get(`/debiteurs/${his.debtorId}`)).body).not.toContain('Exporter ses données personnelles');
		expect((await exportAs(manager)).status).toBe(403);
		expect((await exportAs(await as('stranger'))).status).toBe(404);
		expect((await exportAs(await as('admin'), 'pas-un-id')).status).toBe(404);
		expect(await db.select().from(debtorEvents)).toEqual([]);
	});
});

describe('erasing a debtor’s personal data', () => {
	it('asks an admin to confirm on a page that says what will happen, and refuses anyone else', async () => {
		const admin = await as('admin');
		const confirm = await admin.get(`/debiteurs/${his.debtorId}/effacer`);
		expect(confirm.status).toBe(200);
		expect(confirm.body).toContain('Les 2 relances qui attendent sont annulées');
		expect(confirm.body).toContain('ses 2 contacts');
		expect(confirm.body).toContain('Sont conservés pour la comptabilité');

		const unconfirmed = await admin.post(`/debiteurs/${his.debtorId}/effacer`, {});
		expect(unconfirmed.status).toBe(400);
		expect(unconfirmed.body).toContain("Cochez la case pour confirmer l'effacement.");
		expect((await db.select().from(debtors).where(eq(debtors.id, his.debtorId)))[0].name).toBe('Valcourt Jeanne');

		const manager = await as('manager');
		expect((await manager.get(`/debiteurs/${his.debtorId}/effacer`)).status).toBe(403);
		expect((await erase(manager)).status).toBe(403);
		const stranger = await as('stranger');
		expect((await stranger.get(`/debiteurs/${his.debtorId}/effacer`)).status).toBe(404);
		expect((await erase(stranger)).status).toBe(404);
		expect((await db.select().from(debtors).where(eq(debtors.id, his.debtorId)))[0]).toMatchObject({
			name: 'Valcourt Jeanne',
			erasedAt: null
		});
		expect(await db.select().from(debtorEvents)).toEqual([]);
	});

	it('leaves nothing of him anywhere, keeps the accounts and the reminders’ statuses, and cancels what waited', async () => {
		const before = await everything();
		expect(left(before)).toEqual(NEEDLES);
		const [invoiceBefore] = await db.select().from(invoices).where(eq(invoices.id, his.invoice));
		const paymentsBefore = await db
			.select({ amountCents: payments.amountCents, paidOn: payments.paidOn, externalRef: payments.externalRef })
			.from(payments);

		const reply = await erase(await as('admin'));
		expect(reply.status).toBe(303);
		expect(reply.location).toBe(`/debiteurs/${his.debtorId}`);

		expect(left(await everything())).toEqual([]);

		const [debtor] = await db.select().from(debtors).where(eq(debtors.id, his.debtorId));
		const code = his.debtorId.slice(0, 8).toUpperCase();
		expect(debtor).toMatchObject({ name: `Débiteur effacé ${code}`, accountNumber: 'LOC-VAL', leaseReference: '' });
		expect(debtor.erasedAt).not.toBeNull();
		for (const contact of await db.select().from(contacts).where(eq(contacts.debtorId, his.debtorId)))
			expect(contact).toMatchObject({
				civility: '',
				firstName: '',
				lastName: `Contact effacé ${contact.id.slice(0, 8).toUpperCase()}`,
				externalRef: null,
				email: null,
				mobilePhone: null,
				addressLine1: '',
				addressLine2: '',
				postalCode: '',
				city: '',
				consentEmail: false,
				consentLetter: false,
				consentSms: false
			});
		// The other debtor is as he was.
		const [other] = await db.select().from(debtors).where(eq(debtors.id, otherDebtorId));
		expect(other.name).toBe('Bernadette Lointaine');

		// The accounts, whole.
		const [invoiceAfter] = await db.select().from(invoices).where(eq(invoices.id, his.invoice));
		expect(invoiceAfter).toEqual(invoiceBefore);
		expect(
			await db
				.select({ amountCents: payments.amountCents, paidOn: payments.paidOn, externalRef: payments.externalRef })
				.from(payments)
		).toEqual(paymentsBefore);

		// Every reminder kept, what waited cancelled with its reason, the one sending settled.
		const statuses = Object.fromEntries(
			(
				await db
					.select({ id: reminders.id, status: reminders.status, reason: reminders.statusReason })
					.from(reminders)
					.where(eq(reminders.debtorId, his.debtorId))
			).map((r) => [r.id, r])
		);
		expect(Object.keys(statuses)).toHaveLength(4);
		expect(statuses[his.sent].status).toBe('sent');
		expect(statuses[his.scheduled]).toMatchObject({ status: 'cancelled', reason: storedText('personal_data_erased') });
		expect(statuses[his.pending]).toMatchObject({ status: 'cancelled', reason: storedText('personal_data_erased') });
		// Its deliveries cancelled, it failed, then was cancelled like the others.
		expect(statuses[his.sending]).toMatchObject({ status: 'cancelled', reason: storedText('personal_data_erased') });
		expect(readStoredText(statuses[his.scheduled].reason, 'fr')).toBe(
			'Données personnelles du débiteur effacées à sa demande'
		);
		expect(readStoredText(statuses[his.scheduled].reason, 'en')).toBe(
			"The debtor's personal data erased at his request"
		);
		const cancelled = await db
			.select()
			.from(reminderEvents)
			.where(and(eq(reminderEvents.debtorId, his.debtorId), eq(reminderEvents.action, 'cancelled')));
		expect(cancelled.map((e) => e.reminderId).sort()).toEqual(
			[his.scheduled, his.pending, his.sending, his.sending, his.sending].sort()
		);

		// The deliveries not handed over are cancelled; the letter left its PDF, which is drawn again without it.
		const [sms] = await db.select().from(deliveries).where(eq(deliveries.id, his.sms));
		const [letter] = await db.select().from(deliveries).where(eq(deliveries.id, his.letter));
		expect(sms.status).toBe('cancelled');
		expect(letter).toMatchObject({ status: 'cancelled', letterBatchId: null, registeredNumber: null });
		const [batch] = await db.select().from(letterBatches).where(eq(letterBatches.id, his.batch));
		expect(batch).toMatchObject({ pdf: null, letterCount: 1, status: 'printing' });
		expect(await db.select().from(outbox)).toEqual([]);
		const [sentEmail] = await db
			.select()
			.from(deliveries)
			.where(and(eq(deliveries.reminderId, his.sent)));
		expect(sentEmail).toMatchObject({ status: 'sent', providerMessageId: null });

		// The stored files that held him are gone, the others kept.
		expect((await db.select({ id: importUploads.id }).from(importUploads)).map((u) => u.id)).toEqual([his.keptUpload]);
		expect((await db.select({ id: operationFiles.operationId }).from(operationFiles)).map((f) => f.id)).toEqual([
			his.keptFile
		]);

		// The report still lists him, under his new name; the other debtor's line is untouched.
		const [run] = await db.select().from(scenarioRuns);
		expect(run.details.skipped.map((e) => e.debtorName)).toEqual([`Débiteur effacé ${code}`, 'Bernadette Lointaine']);
		expect(readStoredText(run.details.skipped[1].text, 'fr')).toContain('Mme Bernadette Lointaine');

		// Written in his history, without what was erased.
		const events = await db.select().from(debtorEvents).where(eq(debtorEvents.debtorId, his.debtorId));
		expect(events).toEqual([expect.objectContaining({ action: 'personal_data_erased' })]);
		const page = await (await as('manager')).get(`/debiteurs/${his.debtorId}`);
		expect(page.body).toContain('Données personnelles effacées le');
		expect(page.body).toContain(`Débiteur effacé ${code}`);
		expect(left(page.body)).toEqual([]);

		// An export now holds only what is left.
		const file = new TextDecoder().decode((await exportAs(await as('admin'))).body);
		expect(left(file)).toEqual([]);
		expect(file).toContain('F-VAL-1');
	});

	it('lets nothing leave for him afterwards: no delivery from a pass, the cancelled ones never sent, no reminder by hand', async () => {
		expect((await erase(await as('admin'))).status).toBe(303);
		const enqueued: string[] = [];
		await runPass(db, {
			trigger: 'manual',
			organisationId: orgA.id,
			ignoreHours: true,
			enqueue: async (_tx, ids) => void enqueued.push(...ids)
		});
		const hisReminders = (
			await db.select({ id: reminders.id }).from(reminders).where(eq(reminders.debtorId, his.debtorId))
		).map((r) => r.id);
		const hisDeliveries = await db.select().from(deliveries).where(inArray(deliveries.reminderId, hisReminders));
		expect(hisDeliveries.map((d) => d.id).sort()).toEqual(
			(
				await db
					.select({ id: deliveries.id })
					.from(deliveries)
					.where(inArray(deliveries.reminderId, [his.sent, his.sending]))
			)
				.map((d) => d.id)
				.sort()
		);
		expect(enqueued.filter((id) => hisDeliveries.some((d) => d.id === id))).toEqual([]);
		expect((await deliverBatch(db, senders, [his.sms])).get(his.sms)).toEqual({ kind: 'skipped' });
		expect(vonage.sent).toEqual([]);
		expect(resend.delivered).toEqual([]);

		const manager = await as('manager');
		const refused = await manager.action(`/relances/nouvelle?debiteur=${his.debtorId}&/save`, {
			debtorId: his.debtorId,
			sendDate: addDays(today(), 2),
			shortDescription: 'Nouvelle',
			[`channels_${his.contactIds[0]}`]: 'email',
			emailSubject: 'Objet',
			emailBody: 'Corps'
		});
		expect(refused.status).toBe(409);
		expect(refused.data?.errors).toEqual({
			_form: 'Les données personnelles de ce débiteur ont été effacées : aucune relance ne peut plus lui être faite.'
		});
		expect(await db.select().from(reminders).where(eq(reminders.debtorId, his.debtorId))).toHaveLength(4);

		// Nor is he offered in the lists before a run, not even as a debtor without a contact to fix.
		const lists = await beforeRunLists(db, orgA.id, { accounts: [] });
		expect(
			Object.values(lists)
				.flat()
				.map((d) => d.id)
		).not.toContain(his.debtorId);
		expect(await countNoContact(db, orgA.id)).toBe(0);
	});

	it('takes him out of scenarios, and an import does not bring his data back', async () => {
		const [template] = await db
			.insert(templates)
			.values({
				organisationId: orgA.id,
				name: 'Première',
				shortDescription: 'Première relance',
				channels: ['email'],
				emailSubject: 'Relance',
				emailBody: 'Bonjour {{ nom }}'
			})
			.returning();
		await db.insert(scenarioSettings).values({ organisationId: orgA.id, minGapDays: 0 });
		const [standard] = await db
			.insert(scenarios)
			.values({ organisationId: orgA.id, name: 'Standard', minDaysOverdue: 1 })
			.returning();
		await db
			.insert(scenarioSteps)
			.values({ scenarioId: standard.id, position: 1, delayDays: 0, channels: ['email'], templateId: template.id });
		await db.delete(debtorPauses);
		// The other debtor's manual reminder aside, the run has nothing but its scenario to follow.
		await db.delete(reminders).where(eq(reminders.debtorId, otherDebtorId));
		expect((await erase(await as('admin'))).status).toBe(303);

		const report = await runScenarios(db, orgA.id, 'manual');
		expect(report!.created).toBe(1);
		const made = await db
			.select({ debtorId: reminders.debtorId })
			.from(reminders)
			.where(eq(reminders.templateId, template.id));
		expect(made).toEqual([{ debtorId: otherDebtorId }]);
		const lines = [...report!.details.created, ...report!.details.deleted, ...report!.details.skipped];
		expect(lines.filter((l) => l.debtorId === his.debtorId)).toEqual([]);

		const imported = await applyImport(db, orgA.id, 'debtors', [
			{ line: 2, values: { accountNumber: 'LOC-VAL', name: 'Valcourt Jeanne', leaseReference: 'BAIL-PEUPLIERS-12' } }
		]);
		expect(imported).toEqual({ ok: true, counts: { created: 0, updated: 0, unchanged: 1 } });
		const contactRow = {
			externalRef: 'C-VAL-1',
			accountNumber: 'LOC-VAL',
			civility: 'Mme',
			firstName: 'Jeanne',
			lastName: 'Valcourt',
			email: 'jeanne.valcourt@example.test',
			mobilePhone: '+33611223344',
			addressLine1: '',
			addressLine2: '',
			postalCode: '',
			city: '',
			country: '',
			role: '',
			consentEmail: null,
			consentLetter: null,
			consentSms: null
		};
		expect(await applyImport(db, orgA.id, 'contacts', [{ line: 2, values: contactRow }])).toMatchObject({ ok: true });
		expect(left(await everything())).toEqual([]);
	});

	it('is harmless done twice', async () => {
		const admin = await as('admin');
		expect((await erase(admin)).status).toBe(303);
		const snapshot = async () => ({
			debtor: (
				await db
					.select({ name: debtors.name, erasedAt: debtors.erasedAt })
					.from(debtors)
					.where(eq(debtors.id, his.debtorId))
			)[0],
			contacts: await db
				.select({ id: contacts.id, lastName: contacts.lastName, email: contacts.email })
				.from(contacts)
				.where(eq(contacts.debtorId, his.debtorId))
				.orderBy(contacts.id),
			reminders: await db
				.select({ id: reminders.id, status: reminders.status, reason: reminders.statusReason })
				.from(reminders)
				.where(eq(reminders.debtorId, his.debtorId))
				.orderBy(reminders.id),
			events: (
				await db.select({ id: reminderEvents.id }).from(reminderEvents).where(eq(reminderEvents.debtorId, his.debtorId))
			).length
		});
		const first = await snapshot();
		const confirm = await admin.get(`/debiteurs/${his.debtorId}/effacer`);
		expect(confirm.body).toContain('Effacer à nouveau ne change rien de plus');
		expect((await erase(admin)).status).toBe(303);
		expect(await snapshot()).toEqual(first);
		expect(
			(await db.select().from(debtorEvents).where(eq(debtorEvents.debtorId, his.debtorId))).map((e) => e.action)
		).toEqual(['personal_data_erased', 'personal_data_erased']);
		expect(left(await everything())).toEqual([]);
	});

	it('reaches the phones at their next sync: the debtor anonymised, his waiting reminders gone', async () => {
		const approver = await as('approver');
		const sync = async (since?: string) =>
			JSON.parse((await approver.get(`/api/sync${since ? `?since=${since}` : ''}`)).body) as SyncResponse;
		const first = await sync();
		expect(first.debtors.find((d) => d.id === his.debtorId)?.name).toBe('Valcourt Jeanne');
		expect(first.reminders.map((r) => r.id)).toEqual(expect.arrayContaining([his.scheduled, his.pending]));

		expect((await erase(await as('admin'))).status).toBe(303);
		const next = await sync(first.cursor);
		expect(next.full).toBe(false);
		const debtor = next.debtors.find((d) => d.id === his.debtorId)!;
		expect(debtor.name).toBe(`Débiteur effacé ${his.debtorId.slice(0, 8).toUpperCase()}`);
		expect(debtor.contacts.map((c) => [c.email, c.mobilePhone])).toEqual([
			[null, null],
			[null, null]
		]);
		expect(next.removedReminders).toEqual(expect.arrayContaining([his.scheduled, his.pending]));
		expect(left(JSON.stringify(next))).toEqual([]);
	});
});
