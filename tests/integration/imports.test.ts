import { beforeEach, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { freshDb } from '../helpers/db';
import { makeContact, makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { loggedIn, type Client } from '../helpers/app';
import { contacts, debtors, invoices, payments } from '../../src/lib/server/db/schema';
import type { Db } from '../../src/lib/server/db/types';
import { importBytes } from '../../src/lib/server/imports/service';
import { MAX_IMPORT_BYTES } from '../../src/lib/server/imports/read-file';
import { dataSheet } from '../../src/lib/server/exports/tables';
import { toCsv } from '../../src/lib/server/exports/csv';
import { toXlsx } from '../../src/lib/server/exports/xlsx';
import type { ImportKind } from '../../src/lib/server/imports/fields';

let db: Db;
let org: { id: string };

const utf8 = (text: string) => new TextEncoder().encode(text);

const DEBTORS = 'Compte;Nom;Bail\nLOC-1;Société Étoile;B-12\nLOC-2;Mme Bérénice Çava;\n';
const CONTACTS =
	'Référence;Compte;Civilité;Prénom;Nom;E-mail;Mobile;Adresse;Complément;Code postal;Ville;Pays;Rôle;Consentement e-mail;Consentement courrier;Consentement SMS\n' +
	'C1;LOC-1;Mme;Anne;Étoile;anne@gmial.com;06 12 34 56 78;3 rue des Lilas;;69003;Lyon;FR;relance;oui;oui;non\n' +
	'C2;LOC-2;M.;Paul;Çava;paul.cava@orange;;1 place Bellecour;Bât. A;69002;Lyon;FR;facturation;oui;non;non\n';
const INVOICES =
	"Numéro;Compte;Date d'émission;Échéance;Montant;Payé\nF-1;LOC-1;01/10/2026;31/10/2026;1 234,56;0\nF-2;LOC-2;15/10/2026;14/11/2026;80,5;10,00\n";
const PAYMENTS = 'Référence;Compte;Facture;Montant;Date\nP-1;LOC-1;F-1;234,56;05/11/2026\n';

async function load(kind: ImportKind, text: string) {
	const outcome = await importBytes(db, org.id, kind, utf8(text));
	expect(outcome).toMatchObject({ ok: true });
	return outcome;
}

async function loadAll() {
	await load('debtors', DEBTORS);
	await load('contacts', CONTACTS);
	await load('invoices', INVOICES);
	await load('payments', PAYMENTS);
}

/** Everything an import writes, without ids and timestamps: what "the same data" means. */
async function snapshot(organisationId: string) {
	const d = await db
		.select()
		.from(debtors)
		.where(eq(debtors.organisationId, organisationId))
		.orderBy(asc(debtors.accountNumber));
	const account = new Map(d.map((x) => [x.id, x.accountNumber]));
	const i = await db
		.select()
		.from(invoices)
		.where(eq(invoices.organisationId, organisationId))
		.orderBy(asc(invoices.number));
	const number = new Map(i.map((x) => [x.id, x.number]));
	const c = await db
		.select()
		.from(contacts)
		.where(eq(contacts.organisationId, organisationId))
		.orderBy(asc(contacts.externalRef));
	const p = await db
		.select()
		.from(payments)
		.where(eq(payments.organisationId, organisationId))
		.orderBy(asc(payments.externalRef));
	return {
		debtors: d.map(({ accountNumber, name, leaseReference }) => ({ accountNumber, name, leaseReference })),
		contacts: c.map(({ id, organisationId: _o, debtorId, createdAt, updatedAt, ...rest }) => ({
			...rest,
			debtor: account.get(debtorId)
		})),
		invoices: i.map(({ id, organisationId: _o, debtorId, createdAt, ...rest }) => ({
			...rest,
			debtor: account.get(debtorId)
		})),
		payments: p.map(({ id, organisationId: _o, debtorId, invoiceId, createdAt, ...rest }) => ({
			...rest,
			debtor: account.get(debtorId),
			invoice: invoiceId && number.get(invoiceId)
		}))
	};
}

beforeEach(async () => {
	db = await freshDb();
	org = await makeOrganisation(db);
});

describe('importing CSV files', () => {
	it('reads French dates, decimal commas and flags doubtful emails, and a second import of the same files changes nothing', async () => {
		await loadAll();
		const first = await snapshot(org.id);
		expect(first.debtors).toEqual([
			{ accountNumber: 'LOC-1', name: 'Société Étoile', leaseReference: 'B-12' },
			{ accountNumber: 'LOC-2', name: 'Mme Bérénice Çava', leaseReference: '' }
		]);
		expect(first.invoices[0]).toMatchObject({
			number: 'F-1',
			issueDate: '2026-10-01',
			dueDate: '2026-10-31',
			amountCents: 123456,
			paidCents: 23456
		});
		expect(first.invoices[1]).toMatchObject({ amountCents: 8050, paidCents: 1000 });
		expect(first.contacts[0]).toMatchObject({
			externalRef: 'C1',
			mobilePhone: '+33612345678',
			emailCheck: 'typo',
			emailSuggestion: 'anne@gmail.com',
			consentSms: false
		});
		expect(first.contacts[1]).toMatchObject({
			externalRef: 'C2',
			emailCheck: 'syntax',
			role: 'facturation',
			addressLine2: 'Bât. A'
		});

		for (const [kind, text] of [
			['debtors', DEBTORS],
			['contacts', CONTACTS],
			['invoices', INVOICES.replace(/;0\n/, ';234,56\n')],
			['payments', PAYMENTS]
		] as const) {
			const again = await importBytes(db, org.id, kind, utf8(text));
			expect(again).toMatchObject({ ok: true, counts: { created: 0, updated: 0 } });
		}
		expect(await snapshot(org.id)).toEqual(first);
	});

	it('reads comma and tab separators, and Windows-1252 text', async () => {
		await load('debtors', 'Compte,Nom,Bail\nLOC-9,"Dupont, Jean",\n');
		await load('debtors', 'Compte\tNom\tBail\nLOC-8\tMartin\tB\n');
		const outcome = await importBytes(
			db,
			org.id,
			'debtors',
			iconv.encode('Compte;Nom;Bail\nLOC-7;Hélène Gaëlle Œuvré;\n', 'win1252')
		);
		expect(outcome.ok).toBe(true);
		const names = (await snapshot(org.id)).debtors.map((d) => d.name);
		expect(names).toEqual(['Hélène Gaëlle Œuvré', 'Martin', 'Dupont, Jean']);
	});

	it('imports an XLSX workbook, dates and numbers as Excel stores them', async () => {
		await load('debtors', DEBTORS);
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('Factures');
		sheet.addRow(['Numéro', 'Compte', "Date d'émission", 'Échéance', 'Montant']);
		sheet.addRow(['F-9', 'LOC-2', new Date('2026-09-01T00:00:00Z'), new Date('2026-09-30T00:00:00Z'), 12.3]);
		const outcome = await importBytes(db, org.id, 'invoices', new Uint8Array(await workbook.xlsx.writeBuffer()));
		expect(outcome).toMatchObject({ ok: true, counts: { created: 1 } });
		expect((await snapshot(org.id)).invoices[0]).toMatchObject({
			number: 'F-9',
			issueDate: '2026-09-01',
			dueDate: '2026-09-30',
			amountCents: 1230,
			paidCents: 0
		});
	});
});

describe('bad files change nothing and say why', () => {
	beforeEach(loadAll);

	async function refused(kind: ImportKind, bytes: Uint8Array, encoding?: 'utf-8') {
		const before = await snapshot(org.id);
		const outcome = await importBytes(db, org.id, kind, bytes, { encoding });
		expect(outcome.ok).toBe(false);
		expect(await snapshot(org.id)).toEqual(before);
		return outcome as Extract<typeof outcome, { ok: false }>;
	}

	it('a missing column', async () => {
		const outcome = await refused('invoices', utf8('Numéro;Compte;Échéance;Montant\nF-3;LOC-1;01/12/2026;10\n'));
		expect(outcome.errors).toEqual([
			{ line: 1, column: "Date d'émission", reason: expect.stringContaining('obligatoire') }
		]);
	});

	it('every bad row with its line, column and reason, and the good rows are not written either', async () => {
		const outcome = await refused(
			'invoices',
			utf8(
				"Numéro;Compte;Date d'émission;Échéance;Montant\nF-3;LOC-1;01/11/2026;01/12/2026;10\nF-4;LOC-1;31/02/2026;01/12/2026;10\nF-5;LOC-1;01/11/2026;01/12/2026;dix euros\n"
			)
		);
		expect(outcome.errors).toEqual([
			{ line: 3, column: "Date d'émission", reason: 'Date invalide « 31/02/2026 » (attendu JJ/MM/AAAA).' },
			{ line: 4, column: 'Montant', reason: 'Montant invalide « dix euros » (ex. 1 234,56).' }
		]);
	});

	it('a reference twice in the file, and an unknown debtor', async () => {
		const twice = await refused('debtors', utf8('Compte;Nom\nLOC-5;A\nLOC-6;B\nLOC-5;C\n'));
		expect(twice.errors).toEqual([
			{ line: 4, column: 'Compte', reason: 'Référence « LOC-5 » en double (déjà ligne 2).' }
		]);
		const unknown = await refused(
			'invoices',
			utf8("Numéro;Compte;Date d'émission;Échéance;Montant\nF-3;LOC-404;01/11/2026;01/12/2026;10\n")
		);
		expect(unknown.errors[0]).toMatchObject({ line: 2, column: 'Compte', reason: expect.stringContaining('LOC-404') });
	});

	it('a Windows-1252 file read as UTF-8', async () => {
		const outcome = await refused('debtors', iconv.encode('Compte;Nom\nLOC-5;Hélène\n', 'win1252'), 'utf-8');
		expect(outcome.fileError).toMatch(/n'est pas en UTF-8/);
	});

	it('an oversized file, and files that are not CSV', async () => {
		const big = await refused('debtors', utf8('Compte;Nom\n' + 'LOC-5;Nom\n'.repeat(MAX_IMPORT_BYTES / 10)));
		expect(big.fileError).toMatch(/Fichier trop volumineux \(\d+ Ko\) : 500 Ko au plus/);
		const pdf = await refused('debtors', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x0a, 0x00, 0x01, 0x02]));
		expect(pdf.fileError).toMatch(/ni un CSV/);
		const late = await refused('debtors', utf8('Compte;Nom\n' + 'LOC-5;Nom\n'.repeat(1000) + 'LOC-6;N\u0000\n'));
		expect(late.fileError).toMatch(/ni un CSV/);
		const prose = await refused('debtors', utf8('Bonjour\nvoici le fichier\n'));
		expect(prose.fileError).toMatch(/ni un CSV/);
		const zip = await refused('debtors', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
		expect(zip.fileError).toMatch(/XLSX est illisible/);
	});

	it('a name that a bidirectional control would display as something else is refused on its line; a NUL in a cell is dropped, as in the forms', async () => {
		const before = await db.select().from(debtors);
		const outcome = await refused('debtors', utf8('Compte;Nom\nLOC-5;Durand\nLOC-6;Mar\u202etin\n'));
		expect(outcome.errors).toEqual([{ line: 3, column: 'Nom', reason: expect.stringContaining('inverse le sens') }]);
		expect(await db.select().from(debtors)).toEqual(before);
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('Débiteurs');
		sheet.addRow(['Compte', 'Nom']);
		sheet.addRow(['LOC-7', 'Du\u0000rand']);
		const imported = await importBytes(db, org.id, 'debtors', new Uint8Array(await workbook.xlsx.writeBuffer()));
		expect(imported.ok).toBe(true);
		expect(
			(await db.select({ name: debtors.name }).from(debtors).where(eq(debtors.accountNumber, 'LOC-7'))).map(
				(d) => d.name
			)
		).toEqual(['Durand']);
	});

	it("errors on the CSV file's own lines: blank lines and a field quoted over several lines counted", async () => {
		const outcome = await refused(
			'invoices',
			utf8(
				"\r\nNuméro;Compte;Date d'émission;Échéance;Montant\r\n\r\nF-3;LOC-1;01/11/2026;01/12/2026;10\r\n;;;;\r\n" +
					'"F-\r\n4";LOC-1;01/11/2026;01/12/2026;dix euros\r\n\r\n   \r\nF-5;LOC-1;31/02/2026;01/12/2026;10\r\n'
			)
		);
		expect(outcome.errors).toEqual([
			{ line: 6, column: 'Montant', reason: 'Montant invalide « dix euros » (ex. 1 234,56).' },
			{ line: 10, column: "Date d'émission", reason: 'Date invalide « 31/02/2026 » (attendu JJ/MM/AAAA).' }
		]);
		const missing = await refused('invoices', utf8('\n\nNuméro;Compte;Échéance;Montant\nF-3;LOC-1;01/12/2026;10\n'));
		expect(missing.errors).toEqual([
			{ line: 3, column: "Date d'émission", reason: expect.stringContaining('obligatoire') }
		]);
		const quotes = await refused('debtors', utf8('Compte;Nom\n\nLOC-5;"Dupont\nJean"\n\nLOC-6;"Mar"tin\n'));
		expect(quotes.fileError).toBe('Guillemets mal fermés à partir de la ligne 6.');
	});

	it("errors on the workbook's own rows", async () => {
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('Factures');
		sheet.getRow(2).values = ['Numéro', 'Compte', "Date d'émission", 'Échéance', 'Montant'];
		sheet.getRow(4).values = ['F-3', 'LOC-1', '01/11/2026', '01/12/2026', 10];
		sheet.getRow(7).values = ['F-4', 'LOC-1', '01/11/2026', '01/12/2026', 'dix euros'];
		const outcome = await refused('invoices', new Uint8Array(await workbook.xlsx.writeBuffer()));
		expect(outcome.errors).toEqual([
			{ line: 7, column: 'Montant', reason: 'Montant invalide « dix euros » (ex. 1 234,56).' }
		]);
		sheet.spliceColumns(3, 1);
		const missing = await refused('invoices', new Uint8Array(await workbook.xlsx.writeBuffer()));
		expect(missing.errors).toEqual([
			{ line: 2, column: "Date d'émission", reason: expect.stringContaining('obligatoire') }
		]);
	});

	it('a payment already imported that a file now says otherwise about', async () => {
		const outcome = await refused(
			'payments',
			utf8('Référence;Compte;Facture;Montant;Date\nP-1;LOC-1;F-1;200,00;05/11/2026\n')
		);
		expect(outcome.errors[0]).toMatchObject({ line: 2, column: 'Référence' });
	});
});

describe('a statement whose contacts have no reference', () => {
	const STATEMENT =
		"Facture;Compte;Débiteur;Nom du contact;Prénom du contact;E-mail;Date d'émission;Échéance;Montant\n" +
		'S-1;ST-1;SCI Les Tilleuls;Morel;Claire;claire.morel@example.fr;01/09/2026;10/09/2026;850,00\n' +
		'S-2;ST-1;SCI Les Tilleuls;Morel;Claire;claire.morel@example.fr;01/10/2026;10/10/2026;850,00\n' +
		'S-3;ST-2;M. Paul Roux;Roux;Paul;paul.roux@example.fr;01/10/2026;10/10/2026;120,00\n' +
		'S-4;ST-3;Mme Léa Petit;Petit;Léa;lea.petit@example.fr;01/10/2026;10/10/2026;90,00\n';

	async function contactsOf(account: string) {
		return db
			.select({
				externalRef: contacts.externalRef,
				email: contacts.email,
				lastName: contacts.lastName,
				firstName: contacts.firstName,
				role: contacts.role
			})
			.from(contacts)
			.innerJoin(debtors, eq(debtors.id, contacts.debtorId))
			.where(eq(debtors.accountNumber, account))
			.orderBy(asc(contacts.createdAt));
	}

	it('gives each debtor one reminder contact, keeps the one he already has, and the same file again creates none', async () => {
		const [roux] = await db
			.insert(debtors)
			.values({ organisationId: org.id, accountNumber: 'ST-2', name: 'M. Paul Roux' })
			.returning();
		await makeContact(db, org.id, roux.id, {
			email: 'Paul.Roux@example.fr',
			lastName: 'Roux',
			firstName: 'Paul',
			externalRef: null
		});
		const first = await importBytes(db, org.id, 'statement', utf8(STATEMENT));
		// 2 debtors and 2 contacts created, 1 debtor and his contact found as they are, 4 invoices.
		expect(first).toMatchObject({ ok: true, counts: { created: 8, updated: 0, unchanged: 2 } });
		expect(await contactsOf('ST-1')).toEqual([
			{
				externalRef: 'ST-1-1',
				email: 'claire.morel@example.fr',
				lastName: 'Morel',
				firstName: 'Claire',
				role: 'relance'
			}
		]);
		expect(await contactsOf('ST-2')).toEqual([
			expect.objectContaining({ externalRef: null, email: 'Paul.Roux@example.fr' })
		]);
		expect(await contactsOf('ST-3')).toEqual([expect.objectContaining({ externalRef: 'ST-3-1', role: 'relance' })]);
		const before = await snapshot(org.id);

		const again = await importBytes(db, org.id, 'statement', utf8(STATEMENT));
		expect(again).toMatchObject({ ok: true, counts: { created: 0, updated: 0 } });
		expect(await snapshot(org.id)).toEqual(before);

		const moved = await importBytes(
			db,
			org.id,
			'statement',
			utf8(STATEMENT.replace('lea.petit@example.fr', 'lea@petit.example'))
		);
		expect(moved).toMatchObject({ ok: true, counts: { created: 0, updated: 1 } });
		expect(await contactsOf('ST-3')).toEqual([
			expect.objectContaining({ externalRef: 'ST-3-1', email: 'lea@petit.example' })
		]);
	});

	it('refuses two different contacts for one debtor, naming both lines', async () => {
		const outcome = await importBytes(
			db,
			org.id,
			'statement',
			utf8(
				STATEMENT.replace(
					'S-2;ST-1;SCI Les Tilleuls;Morel;Claire;claire.morel',
					'S-2;ST-1;SCI Les Tilleuls;Blanc;Marc;marc.blanc'
				)
			)
		);
		expect(outcome).toMatchObject({
			ok: false,
			errors: [{ line: 3, column: 'E-mail', reason: expect.stringContaining('ligne 2') }]
		});
		expect(await contactsOf('ST-1')).toEqual([]);
	});
});

describe('round trip', () => {
	it('import, export, import the export elsewhere: the same data, in CSV and in XLSX', async () => {
		await loadAll();
		for (const format of ['csv', 'xlsx'] as const) {
			const other = await makeOrganisation(db, `Autre ${format}`);
			// New payments settle their invoices on top of the "Payé" column; the invoices file
			// imported once more states what is paid, as an accounting export would.
			for (const kind of ['debtors', 'contacts', 'invoices', 'payments', 'invoices'] as const) {
				const sheet = await dataSheet(db, org.id, kind);
				const file = format === 'csv' ? toCsv(sheet) : await toXlsx([sheet]);
				const outcome = await importBytes(db, other.id, kind, new Uint8Array(file));
				expect(outcome, `${format} ${kind}`).toMatchObject({ ok: true });
			}
			expect(await snapshot(other.id)).toEqual(await snapshot(org.id));
		}
	});
});

describe('the import screens', () => {
	async function upload(client: Client, kind: string, name: string, text: string) {
		const body = new FormData();
		body.set('kind', kind);
		body.set('encoding', 'auto');
		body.set('file', new Blob([text], { type: 'text/csv' }), name);
		const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
		return fetch(new URL('/importer?/upload', client.origin), {
			method: 'POST',
			body,
			redirect: 'manual',
			headers: { cookie, origin: client.origin, 'x-forwarded-proto': 'http', accept: 'text/html' }
		});
	}

	it('say on the mapping of a statement what becomes of its contact columns before the import', async () => {
		const manager = await makeUser(db, org.id, 'manager');
		const client = await loggedIn(manager.email, TEST_PASSWORD);
		const note = async (header: string) => {
			const uploaded = await upload(
				client,
				'statement',
				'releve.csv',
				`Facture;Compte;Débiteur;${header}Échéance;Montant;Date\nS-1;ST-1;Roux;${header ? 'x;' : ''}10/10/2026;10;01/10/2026\n`
			);
			return (await client.get(uploaded.headers.get('location')!)).body;
		};
		expect(await note('E-mail;')).toContain(
			'Sans colonne « Réf. contact », chaque débiteur reçoit un contact de relance'
		);
		expect(await note('Réf. contact;')).toContain('Chaque « Réf. contact » crée ou met à jour ce contact de relance.');
		expect(await note('')).toContain('Aucune colonne de contact : les débiteurs sont importés sans contact de relance');
	});

	it('map the columns once, remember the mapping for the next file, and report bad rows without importing', async () => {
		const manager = await makeUser(db, org.id, 'manager');
		const client = await loggedIn(manager.email, TEST_PASSWORD);
		const first = await upload(
			client,
			'debtors',
			'clients.csv',
			'Code client;Raison sociale du client;Divers\nC-1;Alpha;x\nC-2;Bêta;y\n'
		);
		expect(first.status).toBe(303);
		const mappingPage = first.headers.get('location')!;
		const page = await client.get(mappingPage);
		expect(page.body).toContain('Bêta');
		// The preview's table is wider than a phone: its region takes the focus, so the keyboard scrolls it.
		expect(page.body).toMatch(/<div class="scroll[^"]*" role="region" aria-labelledby="preview-title" tabindex="0">/);
		// "Code client" is a usual name of the account column; the name column is not guessed.
		expect(page.body).toMatch(/<option value="Code client" selected/);
		const done = await client.post(`${mappingPage}?/run`, {
			map_accountNumber: 'Code client',
			map_name: 'Raison sociale du client',
			map_leaseReference: ''
		});
		expect(done.status).toBe(303);
		expect(done.location).toMatch(/importe=debtors&crees=2&modifies=0&inchanges=0/);

		const second = await upload(
			client,
			'debtors',
			'clients-2.csv',
			'Code client;Raison sociale du client;Divers\nC-3;Gamma;z\nC-3;Delta;z\n'
		);
		const again = second.headers.get('location')!;
		expect((await client.get(again)).body).toMatch(/<option value="Raison sociale du client" selected/);
		const refused = await client.post(`${again}?/run`, {
			map_accountNumber: 'Code client',
			map_name: 'Raison sociale du client',
			map_leaseReference: ''
		});
		expect(refused.status).toBe(400);
		expect(refused.body).toContain('Référence « C-3 » en double (déjà ligne 2).');
		expect((await snapshot(org.id)).debtors.map((d) => d.accountNumber)).toEqual(['C-1', 'C-2']);

		const oversized = await upload(
			client,
			'debtors',
			'gros.csv',
			'Compte;Nom\n' + 'x;y\n'.repeat(MAX_IMPORT_BYTES / 4 + 10)
		);
		expect(oversized.status).toBe(400);
		expect(await oversized.text()).toContain('Fichier trop volumineux');
	});
});
