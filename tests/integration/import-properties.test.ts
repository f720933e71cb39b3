import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { sql } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeOrganisation } from '../helpers/factories';
import type { Db } from '../../src/lib/server/db/types';
import { rowsOf } from '../../src/lib/server/db/arrays';
import { importBytes, type ImportOutcome } from '../../src/lib/server/imports/service';
import { readTable, type Encoding } from '../../src/lib/server/imports/read-file';
import { mappingErrors, parseRows, type RowError } from '../../src/lib/server/imports/rows';
import { proposeMapping } from '../../src/lib/server/imports/mapping';
import { DATA_KINDS, FIELDS, IMPORT_KINDS, type FieldDef, type ImportKind } from '../../src/lib/server/imports/fields';
import { dataSheet } from '../../src/lib/server/exports/tables';
import { toCsv } from '../../src/lib/server/exports/csv';
import { toXlsx } from '../../src/lib/server/exports/xlsx';
import { cents, day, type Cell, type Sheet } from '../../src/lib/server/exports/cells';

/**
 * Generated hostile files through the import: reading and parsing never throw, every refusal
 * says where and why, a refused file leaves the database as it was, and what an import wrote
 * comes back unchanged through an export and a second import.
 */

const HOSTILE = [
	'',
	' ',
	'\u0000',
	'a\u0000b',
	'\u0001\u0007\u001b[31m',
	'\u202eevil\u202c',
	'\u200f\u05e9\u05dc\u05d5\u05dd',
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	"'; drop table debtors; --",
	'" OR 1=1 --',
	'=HYPERLINK("http://evil","x")',
	"'=1+1",
	'@SUM(A1)',
	'🏠💶👩‍👩‍👧',
	'x'.repeat(301),
	'é'.repeat(5_000),
	'9'.repeat(30),
	'1e309',
	'-1',
	'0',
	'NaN',
	'Infinity',
	'1 234,56',
	'1.234,567',
	'12,345.67',
	'1,2,3',
	'31/02/2026',
	'29/02/2027',
	'01/01/99999',
	'00/00/0000',
	'2026-13-01',
	'1999-12-31',
	'2101-01-01',
	'oui',
	'peut-être',
	'M.',
	'Dr',
	'garant',
	'chef',
	'06 12 34 56 78',
	'01 23 45 67 89',
	'+999',
	'a;b,c\td',
	'"quoted; inside"',
	'line\nbreak',
	'\r',
	'{{ solde }}',
	'../../etc/passwd'
];

const hostileText = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
	fc.string({ maxLength: 40 }),
	fc.string({ unit: 'grapheme', maxLength: 20 }),
	fc.string({ unit: 'binary', maxLength: 20 }),
	fc.string({ minLength: 280, maxLength: 320, unit: fc.constantFrom('a', 'é', '€', ';', '"') })
);

const pad = (n: number) => String(n).padStart(2, '0');
const frenchDateUntil = (last: string) =>
	fc
		.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date(`${last}T00:00:00Z`), noInvalidDate: true })
		.map((d) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`);
/** The dates a file may hold: 2000 to 2100. */
const frenchDate = frenchDateUntil('2100-12-31');
const frenchAmount = fc
	.integer({ min: 1, max: 1_000_000_00 })
	.map((c) => `${Math.floor(c / 100).toLocaleString('fr-FR')},${pad(c % 100)}`);
// eslint-disable-next-line no-control-regex -- control characters are among what a stored text may not hold.
const UNSTORABLE = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
/** Text that survives any import: no surrounding spaces, nothing that could not be stored. */
const plainText = fc
	.string({ minLength: 1, maxLength: 30, unit: 'grapheme' })
	.map((s) => s.replace(UNSTORABLE, '').trim())
	.filter((s) => s.length > 0);

const ACCOUNTS = ['LOC-1', 'LOC-2', 'LOC-3'];
const INVOICES = ['F-1', 'F-2', 'F-3'];

/** A cell its field would accept (references among those the seed holds, or new ones). */
function validCell(kind: ImportKind, field: FieldDef): fc.Arbitrary<string> {
	switch (field.type) {
		case 'date':
			return frenchDate;
		case 'amount':
			return field.key === 'paid' ? fc.constant('0') : frenchAmount;
		case 'boolean':
			return fc.constantFrom('oui', 'non', 'x', '');
	}
	switch (field.key) {
		case 'accountNumber':
			return kind === 'debtors' || kind === 'statement'
				? fc.oneof(fc.constantFrom(...ACCOUNTS), plainText)
				: fc.constantFrom(...ACCOUNTS);
		case 'invoiceNumber':
			return fc.constantFrom('', ...INVOICES);
		case 'civility':
			return fc.constantFrom('M.', 'Mme', '');
		case 'role':
			return fc.constantFrom('relance', 'Facturation', 'garant', '');
		case 'mobilePhone':
			return fc.constantFrom('06 12 34 56 78', '+33712345678', '');
		case 'country':
			return fc.constantFrom('FR', 'be', '');
		case 'email':
			return fc.constantFrom('anne@example.fr', 'anne@gmial.com', 'pas-une-adresse', '');
		default:
			return plainText;
	}
}

/** Rows of a kind, mostly valid, some cells replaced by hostile ones. */
function rowsOfKind(kind: ImportKind) {
	const row = fc.tuple(
		...FIELDS[kind].map((field) => fc.oneof({ weight: 4, arbitrary: validCell(kind, field) }, hostileText))
	);
	return fc.array(row, { minLength: 0, maxLength: 8 });
}

function csvText(headers: string[], rows: string[][], separator: string, quoteAll: boolean, eol: string): string {
	const quote = (v: string) =>
		quoteAll || /["\r\n]/.test(v) || v.includes(separator) ? `"${v.replace(/"/g, '""')}"` : v;
	return [headers, ...rows].map((cells) => cells.map(quote).join(separator)).join(eol) + eol;
}

/** A CSV of a kind as a person's spreadsheet could save it: any separator, quoting, line end and encoding. */
const csvFile = fc
	.constantFrom(...IMPORT_KINDS)
	.chain((kind) =>
		fc.record({
			kind: fc.constant(kind),
			rows: rowsOfKind(kind),
			separator: fc.constantFrom(';', ',', '\t'),
			quoteAll: fc.boolean(),
			// Hand-made files break the quoting too: a stray quote, an unclosed one.
			raw: fc.boolean(),
			eol: fc.constantFrom('\n', '\r\n', '\r'),
			bytes: fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1252'),
			encoding: fc.constantFrom<Encoding>('auto', 'utf-8', 'windows-1252'),
			dropColumn: fc.option(fc.nat(), { nil: undefined })
		})
	)
	.map(({ kind, rows, separator, quoteAll, raw, eol, bytes, encoding, dropColumn }) => {
		let headers = FIELDS[kind].map((f) => f.header);
		let cells = rows;
		if (dropColumn !== undefined) {
			const gone = dropColumn % headers.length;
			headers = headers.filter((_, i) => i !== gone);
			cells = rows.map((r) => r.filter((_, i) => i !== gone));
		}
		const text = raw
			? [headers, ...cells].map((r) => r.join(separator)).join(eol)
			: csvText(headers, cells, separator, quoteAll, eol);
		const data =
			bytes === 'windows-1252'
				? iconv.encode(text, 'win1252')
				: Buffer.from((bytes === 'utf-8-bom' ? '\ufeff' : '') + text, 'utf-8');
		return { kind, encoding, bytes: new Uint8Array(data) };
	});

/** What ExcelJS lets a workbook hold: every type of cell, well formed or not. */
const xlsxValue: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
	{ weight: 3, arbitrary: hostileText },
	fc.double(),
	fc.integer(),
	fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER, 0.1 + 0.2, 12.345),
	fc.date({ noInvalidDate: false }),
	fc.boolean(),
	fc.constant(null),
	hostileText.map((text) => ({ richText: [{ text }, { text: '!' }] })),
	hostileText.map((text) => ({ text, hyperlink: 'javascript:alert(1)' })),
	fc.constantFrom({ error: '#N/A' as const }, { error: '#DIV/0!' as const }),
	fc.oneof(fc.double(), hostileText, fc.date({ noInvalidDate: false })).map((result) => ({ formula: 'A1*2', result }))
);

const xlsxFile = fc.record({
	kind: fc.constantFrom(...IMPORT_KINDS),
	rows: fc.array(fc.array(xlsxValue, { minLength: 0, maxLength: 7 }), { maxLength: 6 }),
	// A date format on a number turns it into a date when read, however large it is.
	dateFormat: fc.boolean()
});

async function xlsxBytes({
	kind,
	rows,
	dateFormat
}: {
	kind: ImportKind;
	rows: ExcelJS.CellValue[][];
	dateFormat: boolean;
}) {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Import');
	sheet.addRow(FIELDS[kind].map((f) => f.header));
	for (const row of rows) {
		const added = sheet.addRow(row);
		if (dateFormat) added.eachCell((cell) => (cell.numFmt = 'dd/mm/yyyy'));
	}
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const randomBytes = fc.oneof(
	fc.uint8Array({ minLength: 0, maxLength: 3_000 }),
	// A real file's start: a zip (XLSX) header or a BOM, then noise.
	fc
		.tuple(
			fc.constantFrom([0x50, 0x4b, 0x03, 0x04], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0x25, 0x50, 0x44, 0x46]),
			fc.uint8Array({ maxLength: 2_000 })
		)
		.map(([head, rest]) => new Uint8Array([...head, ...rest]))
);

/** Every reason says where (a line from 1, a column) and what, in words. */
function expectWellFormed(errors: RowError[]) {
	for (const error of errors) {
		expect(Number.isInteger(error.line) && error.line >= 1, JSON.stringify(error)).toBe(true);
		expect(error.column.length).toBeGreaterThan(0);
		expect(error.reason.trim().length).toBeGreaterThan(0);
	}
}

function expectExplained(outcome: ImportOutcome) {
	if (outcome.ok) return;
	if (outcome.fileError !== null) {
		expect(outcome.fileError.trim().length).toBeGreaterThan(0);
		expect(outcome.errors).toEqual([]);
	} else {
		expect(outcome.errors.length).toBeGreaterThan(0);
		expectWellFormed(outcome.errors);
	}
}

/** Reading and parsing alone: a file-level reason, or a table whose rows parse into values or row reasons. */
async function readAndParse(kind: ImportKind, bytes: Uint8Array, encoding: Encoding = 'auto') {
	const read = await readTable(bytes, encoding);
	if (!read.ok) {
		expect(read.reason.trim().length).toBeGreaterThan(0);
		return;
	}
	const mapping = proposeMapping(kind, read.table.headers, null);
	expectWellFormed(mappingErrors(kind, read.table, mapping));
	const parsed = parseRows(kind, read.table, mapping);
	expectWellFormed(parsed.errors);
	for (const row of parsed.rows)
		for (const value of Object.values(row.values)) if (typeof value === 'string') expect(value).not.toContain('\u0000');
}

describe('reading hostile files never throws, and every refusal says where and why', () => {
	it('CSV of any separator, quoting, line end and encoding', async () => {
		await fc.assert(
			fc.asyncProperty(csvFile, ({ kind, bytes, encoding }) => readAndParse(kind, bytes, encoding)),
			{ numRuns: 300 }
		);
	});

	it('XLSX with cells of every type: huge numbers, invalid dates, formulas, errors, rich text', async () => {
		await fc.assert(
			fc.asyncProperty(xlsxFile, async (file) => readAndParse(file.kind, await xlsxBytes(file))),
			{ numRuns: 150 }
		);
	});

	it('bytes that are not a CSV nor a workbook', async () => {
		await fc.assert(
			fc.asyncProperty(randomBytes, fc.constantFrom(...IMPORT_KINDS), (bytes, kind) => readAndParse(kind, bytes)),
			{ numRuns: 200 }
		);
	});
});

let db: Db;
let org: { id: string };

const utf8 = (text: string) => new TextEncoder().encode(text);

async function seed(organisationId: string) {
	const files: [ImportKind, string][] = [
		['debtors', 'Compte;Nom;Bail\nLOC-1;Étoile;B-1\nLOC-2;Çava;\nLOC-3;Durand;\n'],
		['contacts', 'Référence;Compte;Nom;E-mail\nC-1;LOC-1;Étoile;anne@example.fr\n'],
		[
			'invoices',
			"Numéro;Compte;Date d'émission;Échéance;Montant\nF-1;LOC-1;01/10/2026;31/10/2026;1 000,00\nF-2;LOC-2;01/10/2026;31/10/2026;50,00\nF-3;LOC-3;01/10/2026;31/10/2026;70,00\n"
		],
		['payments', 'Référence;Compte;Facture;Montant;Date\nP-1;LOC-1;F-1;10,00;05/11/2026\n']
	];
	for (const [kind, text] of files)
		expect(await importBytes(db, organisationId, kind, utf8(text))).toMatchObject({ ok: true });
}

/** Row counts and a checksum of every row an import can write. */
async function fingerprint() {
	const tables = ['debtors', 'contacts', 'invoices', 'payments'];
	return rowsOf(
		await db.execute(
			sql.raw(
				`select ${tables.map((t) => `(select count(*) || ':' || coalesce(md5(string_agg(x::text, '|' order by x.id)), '') from ${t} x) as ${t}`).join(', ')}`
			)
		)
	)[0];
}

describe('through the import service: a refused file changes nothing', () => {
	beforeEach(async () => {
		db = await freshDb();
		org = await makeOrganisation(db);
		await seed(org.id);
	});

	async function importOnce(kind: ImportKind, bytes: Uint8Array, encoding?: Encoding) {
		const before = await fingerprint();
		const outcome = await importBytes(db, org.id, kind, bytes, { encoding });
		expectExplained(outcome);
		if (!outcome.ok) expect(await fingerprint()).toEqual(before);
	}

	it('hostile CSV files: imported whole, or refused with the database unchanged', async () => {
		await fc.assert(
			fc.asyncProperty(csvFile, ({ kind, bytes, encoding }) => importOnce(kind, bytes, encoding)),
			{ numRuns: 40 }
		);
	}, 120_000);

	it('hostile XLSX files: imported whole, or refused with the database unchanged', async () => {
		await fc.assert(
			fc.asyncProperty(xlsxFile, async (file) => importOnce(file.kind, await xlsxBytes(file))),
			{ numRuns: 30 }
		);
	}, 120_000);
});

/** Text a person may well type in a name or an address: accents, emoji, markup, quotes, separators, formulas. */
const richText = fc
	.oneof(
		plainText,
		fc.constantFrom(
			'Société « Étoile »',
			'Ça; va, "bien"',
			'<b>gras</b>',
			"O'Brien; DROP TABLE x",
			'=SUM(A1)',
			'+33 rue',
			'-5 %',
			'@home',
			'🏠 Maison',
			'\u200fשלום',
			'ligne\nsuite',
			'Œuvre € ÿ',
			"'=déjà",
			'tab\tinside',
			'bell\u0007ring'
		)
	)
	.filter((s) => s.length <= 300);

/** A consistent set of data, as Cells: what a file made by another tool would hold. */
const dataset = fc
	.uniqueArray(
		plainText.filter((s) => !/^'[=+\-@]/.test(s)),
		{ minLength: 1, maxLength: 6, comparator: (a, b) => a.toLowerCase() === b.toLowerCase() }
	)
	.chain((accounts) =>
		fc.record({
			debtors: fc.tuple(
				...accounts.map((account) => fc.tuple(fc.constant(account), richText, fc.option(richText, { nil: '' })))
			),
			contacts: fc.array(
				fc.tuple(
					fc.constantFrom(...accounts),
					richText,
					richText,
					fc.constantFrom('anne@example.fr', 'anne@gmial.com', 'pas-une-adresse', ''),
					fc.constantFrom('06 12 34 56 78', ''),
					fc.boolean(),
					fc.boolean()
				),
				{ maxLength: 5 }
			),
			invoices: fc.array(
				fc.tuple(
					fc.constantFrom(...accounts),
					frenchDateUntil('2099-06-30'),
					fc.integer({ min: 0, max: 400 }),
					fc.integer({ min: 1, max: 10_000_000_00 })
				),
				{ maxLength: 6 }
			),
			payments: fc.array(fc.tuple(fc.nat(), frenchDate, fc.integer({ min: 1, max: 100_00 })), { maxLength: 4 })
		})
	)
	.map(({ debtors, contacts, invoices, payments }) => {
		const iso = (french: string) => french.split('/').reverse().join('-');
		const addDays = (french: string, days: number) =>
			new Date(Date.parse(iso(french)) + days * 86_400_000).toISOString().slice(0, 10);
		const invoiceRows: Cell[][] = invoices.map(([account, issued, days, amount], i) => [
			`F-${i}`,
			account,
			day(iso(issued)),
			day(addDays(issued, days)),
			cents(amount),
			cents(0)
		]);
		// A payment of an invoice is at most what it still owes: more is refused, which is another test's business.
		const owed = invoices.map(([, , , amount]) => amount);
		const paymentRows: Cell[][] = [];
		payments.forEach(([which, paidOn, amount], i) => {
			if (!invoices.length) return;
			const n = which % invoices.length;
			const paid = Math.min(amount, owed[n]);
			owed[n] -= paid;
			if (paid > 0) paymentRows.push([`P-${i}`, invoices[n][0], `F-${n}`, cents(paid), day(iso(paidOn))]);
		});
		const sheets: Record<(typeof DATA_KINDS)[number], Cell[][]> = {
			debtors: debtors.map(([account, name, lease]) => [account, name, lease]),
			contacts: contacts.map(([account, first, last, email, mobile, consentEmail, consentSms], i) => [
				`C-${i}`,
				account,
				'Mme',
				first,
				last,
				email || null,
				mobile || null,
				'1 rue',
				'',
				'69003',
				'Lyon',
				'FR',
				'relance',
				consentEmail,
				true,
				consentSms
			]),
			invoices: invoiceRows,
			payments: paymentRows
		};
		return sheets;
	});

/** Each kind's export, its rows in a fixed order (rows made in one statement share their creation time). */
async function snapshot(organisationId: string) {
	const sorted = (rows: Cell[][]) => rows.map((r) => JSON.stringify(r)).sort();
	return Object.fromEntries(
		await Promise.all(
			DATA_KINDS.map(async (kind) => [kind, sorted((await dataSheet(db, organisationId, kind)).rows)] as const)
		)
	);
}

describe('round trip: import, export, import again changes nothing', () => {
	beforeEach(async () => {
		db = await freshDb();
	});

	it('generated data in CSV and XLSX', async () => {
		await fc.assert(
			fc.asyncProperty(dataset, fc.constantFrom('csv', 'xlsx'), async (data, format) => {
				const source = await makeOrganisation(db, 'Source');
				const file = async (sheet: Sheet) => new Uint8Array(format === 'csv' ? toCsv(sheet) : await toXlsx([sheet]));
				for (const kind of DATA_KINDS) {
					const outcome = await importBytes(
						db,
						source.id,
						kind,
						await file({ name: kind, headers: FIELDS[kind].map((f) => f.header), rows: data[kind] })
					);
					expect(outcome, `${kind} ${JSON.stringify(outcome)}`).toMatchObject({ ok: true });
				}
				const imported = await snapshot(source.id);
				for (const kind of DATA_KINDS) {
					const again = await importBytes(db, source.id, kind, await file(await dataSheet(db, source.id, kind)));
					expect(again, kind).toMatchObject({ ok: true, counts: { created: 0, updated: 0 } });
				}
				expect(await snapshot(source.id)).toEqual(imported);
			}),
			{ numRuns: 20 }
		);
	}, 180_000);
});
