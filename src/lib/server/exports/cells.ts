/** A cell of an export, typed so that each format writes it its own way. */
export type Cell = string | boolean | null | { cents: number } | { date: string };

export interface Sheet {
	name: string;
	headers: string[];
	rows: Cell[][];
}

/**
 * In a CSV, text a spreadsheet would take for a formula (= + - @, and the tab and carriage return
 * that some of them skip) gets a leading apostrophe: shown as text, never evaluated.
 */
export function neutralise(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export const cents = (value: number): Cell => ({ cents: value });
export const day = (value: string | null): Cell => (value ? { date: value } : null);

/** French conventions, which our imports read back: 1234,56 and 23/11/2026, oui/non. */
export function cellText(cell: Cell): string {
	if (cell === null) return '';
	if (typeof cell === 'string') return neutralise(cell);
	if (typeof cell === 'boolean') return cell ? 'oui' : 'non';
	if ('cents' in cell) {
		const sign = cell.cents < 0 ? '-' : '';
		const abs = Math.abs(cell.cents);
		return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
	}
	const [y, mo, d] = cell.date.slice(0, 10).split('-');
	return `${d}/${mo}/${y}`;
}
