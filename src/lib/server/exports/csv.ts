import iconv from 'iconv-lite';
import { cellText, type Sheet } from './cells';

export interface CsvOptions {
	separator: string;
	encoding: 'utf-8' | 'windows-1252';
}

export const DEFAULT_CSV: CsvOptions = { separator: ';', encoding: 'utf-8' };

function quote(value: string, separator: string): string {
	return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A CSV as French Excel opens it by a double click: semicolons, CRLF, and in UTF-8 a BOM (without
 * it Excel reads the accents as Windows-1252). Characters Windows-1252 lacks become "?".
 */
export function toCsv(sheet: Sheet, options: CsvOptions = DEFAULT_CSV): Buffer {
	return encode(
		[sheet.headers, ...sheet.rows.map((row) => row.map(cellText))].map((cells) => line(cells, options)),
		options
	);
}

/** The same file, told after each row how many are written: the progress of a large export. */
export async function writeCsv(
	sheet: Sheet,
	options: CsvOptions,
	onRow: (written: number) => Promise<void>
): Promise<Buffer> {
	const lines = [line(sheet.headers, options)];
	for (const row of sheet.rows) {
		lines.push(line(row.map(cellText), options));
		await onRow(lines.length - 1);
	}
	return encode(lines, options);
}

const line = (cells: string[], options: CsvOptions) =>
	cells.map((c) => quote(c, options.separator)).join(options.separator);

function encode(lines: string[], options: CsvOptions): Buffer {
	const text = lines.join('\r\n') + '\r\n';
	return options.encoding === 'windows-1252' ? iconv.encode(text, 'win1252') : Buffer.from('\ufeff' + text, 'utf-8');
}
