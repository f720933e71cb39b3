import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { freshDb } from '../helpers/db';
import {
	makeContact,
	makeDebtor,
	makeGroup,
	makeInvoice,
	makeOrganisation,
	makeUser,
	TEST_PASSWORD
} from '../helpers/factories';
import { loggedIn } from '../helpers/app';
import type { Db } from '../../src/lib/server/db/types';
import {
	deliveries,
	exportFormats,
	reminderInvoices,
	reminderRecipients,
	reminders
} from '../../src/lib/server/db/schema';
import {
	createFormat,
	exportWithFormat,
	renderFileName,
	updateFormat,
	type FormatInput
} from '../../src/lib/server/exports/formats';

let db: Db;
let org: { id: string };

const base: FormatInput = {
	name: 'Impayés compta',
	type: 'unpaid',
	separator: 'tab',
	extension: 'txt',
	encoding: 'windows-1252',
	fields: ['Reste dû', 'Facture', 'Débiteur'],
	fileName: 'Relance [organisation] [date]'
};

beforeEach(async () => {
	db = await freshDb();
	org = await makeOrganisation(db, 'Agence Étoile');
	const debtor = await makeDebtor(db, org.id, 'Hélène Dupré');
	await makeInvoice(db, org.id, debtor.id, { number: 'F-1', amountCents: 12345, paidCents: 45 });
});

describe('export formats', () => {
	it('refuses a format whose file name comes out empty or invalid, or that has no known column', async () => {
		for (const fileName of ['', '   ', '[date', '[inconnu] x', 'a/b [date]', '..'])
			expect(await createFormat(db, org.id, { ...base, fileName }), fileName).toEqual({
				ok: false,
				errors: { fileName: expect.stringContaining('Nom de fichier vide ou invalide') }
			});
		expect(await createFormat(db, org.id, { ...base, fields: [] })).toMatchObject({
			ok: false,
			errors: { fields: expect.any(String) }
		});
		expect(await createFormat(db, org.id, { ...base, fields: ['Mot de passe'] })).toMatchObject({
			ok: false,
			errors: { fields: expect.any(String) }
		});
		expect(
			renderFileName(
				'Relance [type] [date]',
				{ date: '2026-11-23', heure: '', organisation: '', format: '', type: 'Factures impayées' },
				'csv'
			)
		).toBe('Relance Factures impayées 2026-11-23.csv');
	});

	it('writes the chosen columns in their order, with its separator, encoding and file name', async () => {
		const saved = await createFormat(db, org.id, base);
		expect(saved.ok).toBe(true);
		if (!saved.ok) return;
		const made = await exportWithFormat(db, org.id, saved.id, { now: new Date('2026-11-23T10:00:00Z') });
		expect(made).toMatchObject({ ok: true, fileName: 'Relance Agence Étoile 2026-11-23.txt' });
		if (!made.ok) return;
		expect(iconv.decode(made.body, 'win1252')).toBe('Reste dû\tFacture\tDébiteur\r\n123,00\tF-1\tHélène Dupré\r\n');

		const other = await makeOrganisation(db, 'Autre');
		expect(await exportWithFormat(db, other.id, saved.id)).toEqual({ ok: false, reason: 'not_found' });
	});

	it('an admin creates a format through the page, and a manager downloads with it', async () => {
		const admin = await makeUser(db, org.id, 'admin');
		const client = await loggedIn(admin.email, TEST_PASSWORD);
		const refused = await client.action('/reglages/formats?/create', {
			type: 'debtors',
			name: 'Vide',
			separator: ';',
			extension: 'csv',
			encoding: 'utf-8',
			fileName: ' ',
			pos_0: '1'
		});
		expect(refused.status).toBe(400);
		const created = await client.action('/reglages/formats?/create', {
			type: 'debtors',
			name: 'Débiteurs',
			separator: ';',
			extension: 'csv',
			encoding: 'utf-8',
			fileName: 'Débiteurs [date]',
			pos_0: '2',
			pos_1: '1',
			pos_2: ''
		});
		expect(created.data).toEqual({ done: 'Format « Débiteurs » enregistré.' });
		const manager = await makeUser(db, org.id, 'manager');
		const exporter = await loggedIn(manager.email, TEST_PASSWORD);
		const page = await exporter.get('/exporter');
		const id = /name="export" value="format"[^>]*>\s*<input type="hidden" name="id" value="([0-9a-f-]{36})"/.exec(
			page.body
		)![1];
		// The page's form posts; a small export is sent on to its file.
		const asked = await exporter.post('/exporter?/export', { export: 'format', id });
		expect(asked.location).toBe(`/exporter/format/${id}`);
		const file = await exporter.get(asked.location!);
		expect(file.status).toBe(200);
		expect(file.body.replace('\ufeff', '').split('\r\n')[0]).toBe('Nom;Compte');
		expect(file.headers['content-disposition']).toMatch(/filename\*=UTF-8''D%C3%A9biteurs%20\d{4}-\d{2}-\d{2}\.csv/);
	});
});

describe('the language of a format', () => {
	it('keeps its headers in its own language whoever exports it, and takes English file-name fields', async () => {
		const saved = await createFormat(db, org.id, {
			...base,
			language: 'en',
			fileName: 'Unpaid [organisation] [date] [time]'
		});
		if (!saved.ok) throw new Error('format refused');
		const made = await exportWithFormat(db, org.id, saved.id, { now: new Date('2026-11-23T10:00:00Z') });
		expect(made).toMatchObject({ ok: true, fileName: 'Unpaid Agence Étoile 2026-11-23 11h00.txt' });
		if (!made.ok) return;
		expect(iconv.decode(made.body, 'win1252')).toBe('Balance due\tInvoice\tDebtor\r\n123,00\tF-1\tHélène Dupré\r\n');
		expect(renderFileName('[heure] [time]', { heure: '08h00' }, 'csv')).toBe('08h00 08h00.csv');
	});

	it('shows the columns in the reader’s language, and a new format takes its author’s language', async () => {
		const admin = await makeUser(db, org.id, 'admin');
		const client = await loggedIn(admin.email, TEST_PASSWORD);
		await client.action('/langue', { locale: 'en', redirectTo: '/reglages/formats' });
		const page = await client.get('/reglages/formats?type=unpaid');
		expect(page.body).toContain('>Balance due</label>');
		expect(page.body).not.toMatch(/>(Reste dû|Échéance|Montant)</);
		expect(page.body).toContain('[time]');
		expect(page.body).not.toContain('[heure]');
		const created = await client.action('/reglages/formats?/create', {
			type: 'unpaid',
			name: 'Unpaid',
			separator: ';',
			extension: 'csv',
			encoding: 'utf-8',
			fileName: 'Unpaid [date]',
			pos_0: '1',
			pos_7: '2'
		});
		expect(created.status).toBe(200);
		const [format] = await db.select().from(exportFormats).where(eq(exportFormats.name, 'Unpaid'));
		expect(format).toMatchObject({ language: 'en', fields: ['Compte', 'Reste dû'] });
		const french = await createFormat(db, org.id, { ...base, name: 'Compta' });
		if (!french.ok) throw new Error('format refused');
		const [row] = await db.select().from(exportFormats).where(eq(exportFormats.id, french.id));
		expect(row.language).toBe('fr');
	});
});

describe('editing a format, and the reminder group in its file name', () => {
	const history: FormatInput = {
		name: 'Historique par groupe',
		type: 'relance',
		separator: ';',
		extension: 'csv',
		encoding: 'utf-8',
		fields: ['Compte', 'Relance'],
		fileName: 'Relance [groupe] [date]'
	};

	async function sentIn(groupId: string | null, shortDescription: string) {
		const debtor = await makeDebtor(db, org.id, shortDescription);
		const contact = await makeContact(db, org.id, debtor.id, { email: 'x@example.fr' });
		const [reminder] = await db
			.insert(reminders)
			.values({
				organisationId: org.id,
				debtorId: debtor.id,
				groupId,
				status: 'sent',
				sendDate: '2026-11-02',
				shortDescription,
				requiresValidation: false,
				content: { emailSubject: 'R', emailHeader: '', emailBody: 'x', emailFooter: '', smsText: '', letterBody: '' }
			})
			.returning();
		await db.insert(reminderRecipients).values({ reminderId: reminder.id, contactId: contact.id, channels: ['email'] });
		const invoice = await makeInvoice(db, org.id, debtor.id, { amountCents: 100 });
		await db.insert(reminderInvoices).values({ reminderId: reminder.id, invoiceId: invoice.id, levelAtSend: 1 });
		await db.insert(deliveries).values({
			organisationId: org.id,
			reminderId: reminder.id,
			contactId: contact.id,
			channel: 'email',
			status: 'sent',
			sentAt: new Date('2026-11-02T09:00:00Z')
		});
	}

	it('changes a format, refuses an empty or invalid file name, a taken name and another organisation', async () => {
		const saved = await createFormat(db, org.id, base);
		const other = await createFormat(db, org.id, { ...base, name: 'Autre' });
		if (!saved.ok || !other.ok) throw new Error('not saved');
		expect(await updateFormat(db, org.id, saved.id, { ...base, fileName: '[groupe]/[date]' })).toEqual({
			ok: false,
			errors: { fileName: expect.stringContaining('[groupe]') }
		});
		expect(await updateFormat(db, org.id, saved.id, { ...base, name: 'Autre' })).toEqual({
			ok: false,
			errors: { name: 'Un format porte déjà ce nom.' }
		});
		expect(await updateFormat(db, (await makeOrganisation(db, 'Tierce')).id, saved.id, base)).toBeNull();
		expect(
			await updateFormat(db, org.id, saved.id, {
				...base,
				name: 'Impayés',
				separator: ';',
				fields: ['Facture', 'Reste dû'],
				fileName: 'Impayés [heure]'
			})
		).toEqual({ ok: true, id: saved.id });
		const [row] = await db.select().from(exportFormats).where(eq(exportFormats.id, saved.id));
		expect(row).toMatchObject({
			name: 'Impayés',
			separator: ';',
			fields: ['Facture', 'Reste dû'],
			fileName: 'Impayés [heure]'
		});
	});

	it('names the file after the chosen reminder group and keeps its reminders only; no group, no name', async () => {
		const group = await makeGroup(db, org.id, 'Contentieux');
		await sentIn(group.id, 'Dans le groupe');
		await sentIn(null, 'Hors groupe');
		const saved = await createFormat(db, org.id, history);
		if (!saved.ok) throw new Error('not saved');
		const now = new Date('2026-11-23T10:00:00Z');
		const made = await exportWithFormat(db, org.id, saved.id, { filters: { groupId: group.id }, now });
		expect(made).toMatchObject({ ok: true, fileName: 'Relance Contentieux 2026-11-23.csv' });
		if (!made.ok) return;
		const lines = made.body.toString('utf8').replace('\ufeff', '').trim().split('\r\n');
		expect(lines.slice(1).map((l) => l.split(';')[1])).toEqual(['Dans le groupe']);
		expect(await exportWithFormat(db, org.id, saved.id, { now })).toMatchObject({
			ok: true,
			fileName: 'Relance 2026-11-23.csv'
		});

		const groupOnly = await createFormat(db, org.id, { ...history, name: 'Groupe seul', fileName: '[groupe]' });
		if (!groupOnly.ok) throw new Error('not saved');
		expect(await exportWithFormat(db, org.id, groupOnly.id, { now })).toEqual({ ok: false, reason: 'file_name' });
	});

	it('an admin edits a format through the page, and the filtered history exports with it', async () => {
		const group = await makeGroup(db, org.id, 'Assurances');
		await sentIn(group.id, 'Assuré');
		const saved = await createFormat(db, org.id, history);
		const unpaid = await createFormat(db, org.id, base);
		if (!saved.ok || !unpaid.ok) throw new Error('not saved');
		const admin = await loggedIn((await makeUser(db, org.id, 'admin')).email, TEST_PASSWORD);
		expect((await admin.get(`/reglages/formats?modifier=${saved.id}`)).body).toContain(
			'value="Relance [groupe] [date]"'
		);
		const fields = {
			id: saved.id,
			type: 'relance',
			name: 'Historique',
			separator: 'tab',
			extension: 'txt',
			encoding: 'utf-8',
			pos_2: '2',
			pos_3: '1'
		};
		const refused = await admin.action(`/reglages/formats?modifier=${saved.id}&/update`, {
			...fields,
			fileName: '[groupe'
		});
		expect(refused.status).toBe(400);
		expect(refused.data).toMatchObject({
			errors: { fileName: expect.stringContaining('Nom de fichier vide ou invalide') }
		});
		const done = await admin.action(`/reglages/formats?modifier=${saved.id}&/update`, {
			...fields,
			fileName: 'Relance [groupe] [du]'
		});
		expect(done.data).toEqual({ done: 'Format « Historique » enregistré.' });

		const manager = await loggedIn((await makeUser(db, org.id, 'manager')).email, TEST_PASSWORD);
		expect((await manager.get('/historique')).body).toContain(`value="${saved.id}"`);
		const file = await manager.get(`/historique/export?format=${saved.id}&groupe=${group.id}&du=2026-11-01`);
		expect(file.status).toBe(200);
		expect(file.headers['content-disposition']).toContain(`filename="Relance Assurances 2026-11-01.txt"`);
		expect(file.body.replace('\ufeff', '').split('\r\n').slice(0, 2)).toEqual(['Relance\tDébiteur', 'Assuré\tAssuré']);
		expect((await manager.get(`/historique/export?format=${unpaid.id}`)).status).toBe(404);
		expect(
			(await manager.action(`/reglages/formats?modifier=${saved.id}&/update`, { ...fields, fileName: 'x' })).status
		).toBe(403);
	});
});
