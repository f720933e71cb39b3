import { beforeEach, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { freshDb } from '../helpers/db';
import { makeDebtor, makeInvoice, makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { loggedIn } from '../helpers/app';
import type { Db } from '../../src/lib/server/db/types';
import { createFormat, exportWithFormat, renderFileName, type FormatInput } from '../../src/lib/server/exports/formats';

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
			expect(await createFormat(db, org.id, { ...base, fileName }), fileName).toEqual({ ok: false, errors: { fileName: expect.stringContaining('Nom de fichier vide ou invalide') } });
		expect(await createFormat(db, org.id, { ...base, fields: [] })).toMatchObject({ ok: false, errors: { fields: expect.any(String) } });
		expect(await createFormat(db, org.id, { ...base, fields: ['Mot de passe'] })).toMatchObject({ ok: false, errors: { fields: expect.any(String) } });
		expect(renderFileName('Relance [type] [date]', { date: '2026-11-23', heure: '', organisation: '', format: '', type: 'Factures impayées' }, 'csv')).toBe('Relance Factures impayées 2026-11-23.csv');
	});

	it('writes the chosen columns in their order, with its separator, encoding and file name', async () => {
		const saved = await createFormat(db, org.id, base);
		expect(saved.ok).toBe(true);
		if (!saved.ok) return;
		const made = await exportWithFormat(db, org.id, saved.id, new Date('2026-11-23T10:00:00Z'));
		expect(made).toMatchObject({ ok: true, fileName: 'Relance Agence Étoile 2026-11-23.txt' });
		if (!made.ok) return;
		expect(iconv.decode(made.body, 'win1252')).toBe('Reste dû\tFacture\tDébiteur\r\n123,00\tF-1\tHélène Dupré\r\n');

		const other = await makeOrganisation(db, 'Autre');
		expect(await exportWithFormat(db, other.id, saved.id)).toEqual({ ok: false, reason: 'not_found' });
	});

	it('an admin creates a format through the page, and a manager downloads with it', async () => {
		const admin = await makeUser(db, org.id, 'admin');
		const client = await loggedIn(admin.email, TEST_PASSWORD);
		const refused = await client.action('/reglages/formats?/create', { type: 'debtors', name: 'Vide', separator: ';', extension: 'csv', encoding: 'utf-8', fileName: ' ', pos_0: '1' });
		expect(refused.status).toBe(400);
		const created = await client.action('/reglages/formats?/create', { type: 'debtors', name: 'Débiteurs', separator: ';', extension: 'csv', encoding: 'utf-8', fileName: 'Débiteurs [date]', pos_0: '2', pos_1: '1', pos_2: '' });
		expect(created.data).toEqual({ done: 'Format « Débiteurs » enregistré.' });
		const manager = await makeUser(db, org.id, 'manager');
		const page = await (await loggedIn(manager.email, TEST_PASSWORD)).get('/exporter');
		const id = /\/exporter\/format\/([0-9a-f-]{36})/.exec(page.body)![1];
		const file = await (await loggedIn(manager.email, TEST_PASSWORD)).get(`/exporter/format/${id}`);
		expect(file.status).toBe(200);
		expect(file.body.replace('\ufeff', '').split('\r\n')[0]).toBe('Nom;Compte');
		expect(file.headers['content-disposition']).toMatch(/filename\*=UTF-8''D%C3%A9biteurs%20\d{4}-\d{2}-\d{2}\.csv/);
	});
});
