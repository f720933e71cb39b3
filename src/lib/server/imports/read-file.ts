import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { m } from '$lib/paraglide/messages';

/**
 * Under adapter-node's default body limit (512 Ko): a bigger upload would be cut off before
 * our action could say why. Tens of thousands of rows fit.
 */
export const MAX_IMPORT_BYTES = 500 * 1024;

export const ENCODINGS = ['auto', 'utf-8', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface Table {
	format: 'csv' | 'xlsx';
	/** The encoding the text was read in (XLSX is always UTF-8 inside). */
	encoding: 'utf-8' | 'windows-1252';
	headers: string[];
	/** The line the headers are on: the first that is not blank. */
	headerLine: number;
	/** Data rows with their own line in the file (CSV: where the record starts; XLSX: the sheet's row), blank ones left out. */
	rows: { line: number; cells: string[] }[];
}

export type ReadOutcome = { ok: true; table: Table } | { ok: false; reason: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export async function readTable(bytes: Uint8Array, encoding: Encoding): Promise<ReadOutcome> {
	if (bytes.length === 0) return { ok: false, reason: m.imports_error_empty() };
	if (bytes.length > MAX_IMPORT_BYTES)
		return {
			ok: false,
			reason: m.imports_error_too_big({ size: Math.ceil(bytes.length / 1024), max: MAX_IMPORT_BYTES / 1024 })
		};
	if (ZIP.every((b, i) => bytes[i] === b)) return readXlsx(bytes);
	return readCsv(bytes, encoding);
}

function decode(
	bytes: Uint8Array,
	encoding: Encoding
): { ok: true; text: string; encoding: Table['encoding'] } | { ok: false; reason: string } {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
		return { ok: false, reason: m.imports_error_utf16() };
	if (encoding !== 'windows-1252') {
		try {
			const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
			return { ok: true, text, encoding: 'utf-8' };
		} catch {
			if (encoding === 'utf-8') return { ok: false, reason: m.imports_error_not_utf8() };
		}
	}
	return { ok: true, text: iconv.decode(Buffer.from(bytes), 'win1252'), encoding: 'windows-1252' };
}

function readCsv(bytes: Uint8Array, encoding: Encoding): ReadOutcome {
	// Text files have no NUL byte; PDFs, images and old .xls workbooks all do (and PostgreSQL refuses it in text).
	if (bytes.includes(0)) return { ok: false, reason: m.imports_error_not_csv() };
	const decoded = decode(bytes, encoding);
	if (!decoded.ok) return decoded;
	const text = decoded.text;
	const guess = Papa.parse<string[]>(text, {
		delimitersToGuess: [';', ',', '\t'],
		skipEmptyLines: 'greedy',
		preview: 10
	}).meta;
	// Blank lines are kept as rows here, so that each record's line in the file can be counted.
	const parsed = Papa.parse<string[]>(text, { delimiter: guess.delimiter, newline: guess.linebreak as '\n' });
	const fatal = parsed.errors.find((e) => e.type === 'Quotes');
	if (fatal) return { ok: false, reason: m.imports_error_quotes({ line: lineAt(text, fatal.index ?? 0) }) };
	const rows: Table['rows'] = [];
	let line = 1;
	for (const cells of parsed.data) {
		if (cells.some((c) => c.trim())) rows.push({ line, cells });
		// A quoted field may span lines: the next record starts after them.
		line += 1 + cells.reduce((n, c) => n + lineBreaks(c), 0);
	}
	const [header, ...data] = rows;
	if (!header || header.cells.length < 2) return { ok: false, reason: m.imports_error_not_csv() };
	return {
		ok: true,
		table: {
			format: 'csv',
			encoding: decoded.encoding,
			headers: header.cells.map((h) => h.trim()),
			headerLine: header.line,
			rows: data
		}
	};
}

const lineBreaks = (text: string) => text.match(/\r\n|\r|\n/g)?.length ?? 0;
const lineAt = (text: string, index: number) => 1 + lineBreaks(text.slice(0, index));

async function readXlsx(bytes: Uint8Array): Promise<ReadOutcome> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
	} catch {
		return { ok: false, reason: m.imports_error_not_xlsx() };
	}
	const sheet = workbook.worksheets[0];
	if (!sheet || sheet.rowCount === 0) return { ok: false, reason: m.imports_error_empty() };
	const width = sheet.columnCount;
	const rows: { line: number; cells: string[] }[] = [];
	sheet.eachRow({ includeEmpty: false }, (row, line) => {
		const cells = Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
		if (cells.some((c) => c.trim())) rows.push({ line, cells });
	});
	const [header, ...data] = rows;
	if (!header) return { ok: false, reason: m.imports_error_empty() };
	return {
		ok: true,
		table: {
			format: 'xlsx',
			encoding: 'utf-8',
			headers: header.cells.map((h) => h.trim()),
			headerLine: header.line,
			rows: data
		}
	};
}

/** A spreadsheet cell as the text a CSV would hold: dates as ISO days, numbers with a dot. */
function cellText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return '';
	// A number far out of range under a date format reads as an invalid Date: empty, as Excel shows it (####).
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
	if (typeof value === 'object') {
		if ('richText' in value) return value.richText.map((r) => r.text).join('');
		if ('text' in value) return String(value.text);
		if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
		return '';
	}
	if (typeof value === 'number') {
		// Binary floats: 12.3 may be stored as 12.300000000000001, which is still 12,30 €.
		const cents = Math.round(value * 100);
		return Math.abs(value * 100 - cents) < 1e-6 ? String(cents / 100) : String(value);
	}
	return String(value);
}
