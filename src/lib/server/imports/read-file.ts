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
	/** Data rows with their line in the file (the header is line 1). */
	rows: { line: number; cells: string[] }[];
}

export type ReadOutcome = { ok: true; table: Table } | { ok: false; reason: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export async function readTable(bytes: Uint8Array, encoding: Encoding): Promise<ReadOutcome> {
	if (bytes.length === 0) return { ok: false, reason: m.imports_error_empty() };
	if (bytes.length > MAX_IMPORT_BYTES)
		return { ok: false, reason: m.imports_error_too_big({ size: Math.ceil(bytes.length / 1024), max: MAX_IMPORT_BYTES / 1024 }) };
	if (ZIP.every((b, i) => bytes[i] === b)) return readXlsx(bytes);
	return readCsv(bytes, encoding);
}

function decode(bytes: Uint8Array, encoding: Encoding): { ok: true; text: string; encoding: Table['encoding'] } | { ok: false; reason: string } {
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
	const parsed = Papa.parse<string[]>(decoded.text, { delimitersToGuess: [';', ',', '\t'], skipEmptyLines: 'greedy' });
	const fatal = parsed.errors.find((e) => e.type === 'Quotes');
	if (fatal) return { ok: false, reason: m.imports_error_quotes({ line: (fatal.row ?? 0) + 1 }) };
	const [headerRow, ...data] = parsed.data;
	if (!headerRow || headerRow.length < 2) return { ok: false, reason: m.imports_error_not_csv() };
	return {
		ok: true,
		table: {
			format: 'csv',
			encoding: decoded.encoding,
			headers: headerRow.map((h) => h.trim()),
			rows: data.map((cells, i) => ({ line: i + 2, cells }))
		}
	};
}

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
	return { ok: true, table: { format: 'xlsx', encoding: 'utf-8', headers: header.cells.map((h) => h.trim()), rows: data } };
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
