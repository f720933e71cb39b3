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
	const lines = [sheet.headers, ...sheet.rows.map((row) => row.map(cellText))].map((cells) =>
		cells.map((c) => quote(c, options.separator)).join(options.separator)
	);
	const text = lines.join('\r\n') + '\r\n';
	return options.encoding === 'windows-1252' ? iconv.encode(text, 'win1252') : Buffer.from('\ufeff' + text, 'utf-8');
}
