import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb } from '../../../../tests/helpers/db';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation } from '../../../../tests/helpers/factories';
import type { Db } from '../db/types';
import { organisations } from '../db/schema';
import { loadMergeContext, MERGE_FIELDS } from './merge-context';
import { SPECIMEN } from './specimen';

let db: Db;
let org: { id: string };

beforeEach(async () => {
	db = await freshDb();
	org = await makeOrganisation(db, 'Agence Démo');
	await db
		.update(organisations)
		.set({
			addressLine1: '12 rue de la République',
			postalCode: '69002',
			city: 'Lyon',
			email: 'contact@agence.fr',
			phone: '04 72 00 00 00'
		})
		.where(eq(organisations.id, org.id));
});

describe('loadMergeContext', () => {
	it("holds the contact, the debtor's unpaid invoices and the organisation, in French formats", async () => {
		const debtor = await makeDebtor(db, org.id, "O'Brien Hélène");
		const contact = await makeContact(db, org.id, debtor.id, { addressLine2: 'Bâtiment B' });
		await makeInvoice(db, org.id, debtor.id, { number: 'F-2026-00012', dueDate: '2026-11-23', amountCents: 123_456 });
		await makeInvoice(db, org.id, debtor.id, {
			number: 'F-2026-00003',
			dueDate: '2026-10-05',
			amountCents: 65_000,
			paidCents: 15_000
		});
		await makeInvoice(db, org.id, debtor.id, {
			number: 'F-2026-00001',
			dueDate: '2026-09-05',
			amountCents: 65_000,
			paidCents: 65_000
		});

		const context = await loadMergeContext(db, org.id, debtor.id, contact.id);

		expect(context).toEqual({
			civilite: 'Mme',
			civilite_longue: 'Madame',
			prenom: 'Hélène',
			nom: "O'Brien",
			nom_complet: "Mme Hélène O'Brien",
			adresse: '3 rue des Lilas\nBâtiment B\n69003 Lyon',
			debiteur: "O'Brien Hélène",
			compte: debtor.accountNumber,
			bail: '',
			solde: '1\u202f734,56\u00a0€',
			factures: [
				{ numero: 'F-2026-00003', echeance: '05/10/2026', montant: '650,00\u00a0€', reste: '500,00\u00a0€' },
				{
					numero: 'F-2026-00012',
					echeance: '23/11/2026',
					montant: '1\u202f234,56\u00a0€',
					reste: '1\u202f234,56\u00a0€'
				}
			],
			organisation: {
				nom: 'Agence Démo',
				adresse: '12 rue de la République\n69002 Lyon',
				email: 'contact@agence.fr',
				telephone: '04 72 00 00 00'
			},
			date_du_jour: expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/)
		});
	});

	it('says Monsieur to M. and Madame, Monsieur when the civility is unknown', async () => {
		const debtor = await makeDebtor(db, org.id);
		const jean = await makeContact(db, org.id, debtor.id, { civility: 'M.', firstName: 'Jean', lastName: 'Dupont' });
		const zoe = await makeContact(db, org.id, debtor.id, { civility: '', firstName: 'Zoé', lastName: "L'Hôte" });
		expect(await loadMergeContext(db, org.id, debtor.id, jean.id)).toMatchObject({
			civilite_longue: 'Monsieur',
			nom_complet: 'M. Jean Dupont'
		});
		expect(await loadMergeContext(db, org.id, debtor.id, zoe.id)).toMatchObject({
			civilite_longue: 'Madame, Monsieur',
			nom_complet: "Zoé L'Hôte"
		});
	});

	it('addresses the debtor himself without a contact, and says so when nothing is owed', async () => {
		const debtor = await makeDebtor(db, org.id, 'SCI Les Tilleuls');
		const context = await loadMergeContext(db, org.id, debtor.id, null);
		expect(context).toMatchObject({
			nom: 'SCI Les Tilleuls',
			nom_complet: 'SCI Les Tilleuls',
			prenom: '',
			adresse: '',
			factures: []
		});
		expect(context?.solde).toBe('0,00\u00a0€');
	});

	it("is null for another organisation's debtor, or a contact of another debtor", async () => {
		const other = await makeOrganisation(db, 'Agence B');
		const theirs = await makeDebtor(db, other.id);
		const theirContact = await makeContact(db, other.id, theirs.id);
		const mine = await makeDebtor(db, org.id);
		const neighbour = await makeDebtor(db, org.id);
		const neighbourContact = await makeContact(db, org.id, neighbour.id);
		expect(await loadMergeContext(db, org.id, theirs.id, theirContact.id)).toBeNull();
		expect(await loadMergeContext(db, org.id, theirs.id, null)).toBeNull();
		expect(await loadMergeContext(db, org.id, mine.id, theirContact.id)).toBeNull();
		expect(await loadMergeContext(db, org.id, mine.id, neighbourContact.id)).toBeNull();
	});

	it('offers in "Insérer un champ" exactly the fields a context has', async () => {
		const debtor = await makeDebtor(db, org.id);
		const context = await loadMergeContext(db, org.id, debtor.id, null);
		const names = MERGE_FIELDS.map((f) => f.name).sort();
		expect(names).toEqual([...Object.keys(context!), 'tableau_factures'].sort());
		expect(names).toEqual(Object.keys(SPECIMEN).sort());
		for (const field of MERGE_FIELDS) expect(field.description()).not.toBe('');
	});
});
