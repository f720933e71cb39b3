import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { formatMobile } from '$lib/phone';

/** What identifies the erased person in a file a person uploaded or an export wrote. */
export interface Identifiers {
	texts: string[];
	phones: string[];
}

export type CellTest = (cell: string) => boolean;

const normal = (text: string) =>
	text
		.normalize('NFC')
		.trim()
		.toLowerCase()
		// Our CSV exports neutralise a leading = + - @ with an apostrophe.
		.replace(/^'(?=[=+\-@])/, '');
const digits = (text: string) => text.replace(/\D/g, '');

/**
 * A cell is his when it is one of his identifiers, or holds one long enough not to be a
 * coincidence (an address in a longer line, an email among several); a phone whatever its spacing.
 */
export function cellTest({ texts, phones }: Identifiers): CellTest {
	const exact = new Set(texts.map(normal).filter((t) => t.length >= 2));
	const contained = [...exact].filter((t) => t.length >= 6);
	const numbers = new Set(phones.flatMap((p) => [digits(p), digits(formatMobile(p))]).filter((d) => d.length >= 8));
	return (cell) => {
		const text = normal(cell);
		if (!text) return false;
		if (exact.has(text) || contained.some((t) => text.includes(t))) return true;
		const number = digits(text);
		return number.length >= 8 && numbers.has(number);
	};
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/**
 * Whether a stored file (a CSV or a workbook, as imports read them and exports write them)
 * holds one of his cells. A file that cannot be read is taken as holding them: it is deleted
 * rather than kept unread.
 */
export async function fileMentions(bytes: Uint8Array, isHis: CellTest): Promise<boolean> {
	if (ZIP.every((b, i) => bytes[i] === b)) return workbookMentions(bytes, isHis);
	const text = decode(bytes);
	const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [';', ',', '\t'], skipEmptyLines: 'greedy' });
	return parsed.data.some((row) => row.some((cell) => isHis(String(cell))));
}

function decode(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return iconv.decode(Buffer.from(bytes), 'win1252');
	}
}

async function workbookMentions(bytes: Uint8Array, isHis: CellTest): Promise<boolean> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
	} catch {
		return true;
	}
	for (const sheet of workbook.worksheets) {
		let found = false;
		sheet.eachRow({ includeEmpty: false }, (row) => {
			if (!found)
				row.eachCell({ includeEmpty: false }, (cell) => {
					found ||= isHis(cell.text ?? '');
				});
		});
		if (found) return true;
	}
	return false;
}
