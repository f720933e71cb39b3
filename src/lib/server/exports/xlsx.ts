import ExcelJS from 'exceljs';
import type { Cell, Sheet } from './cells';

/** Plain values: a string cell of a workbook is never evaluated, so it needs no guard against formulas. */
function value(cell: Cell): ExcelJS.CellValue {
	if (cell === null) return null;
	if (typeof cell === 'string') return cell;
	if (typeof cell === 'boolean') return cell ? 'oui' : 'non';
	if ('cents' in cell) return cell.cents / 100;
	return new Date(`${cell.date.slice(0, 10)}T00:00:00Z`);
}

/**
 * One workbook, one tab per sheet; text is written as a string cell, never as a formula.
 * `onRow` is told after each row how many rows of all the sheets are written.
 */
export async function toXlsx(sheets: Sheet[], onRow?: (written: number) => Promise<void>): Promise<Buffer> {
	let written = 0;
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Relance';
	for (const sheet of sheets) {
		const ws = workbook.addWorksheet(sheet.name);
		ws.addRow(sheet.headers).font = { bold: true };
		for (const row of sheet.rows) {
			const added = ws.addRow(row.map(value));
			row.forEach((cell, i) => {
				if (cell && typeof cell === 'object' && 'cents' in cell) added.getCell(i + 1).numFmt = '#,##0.00';
				if (cell && typeof cell === 'object' && 'date' in cell) added.getCell(i + 1).numFmt = 'dd/mm/yyyy';
			});
			await onRow?.(++written);
		}
		ws.columns.forEach((column) => (column.width = 18));
		ws.views = [{ state: 'frozen', ySplit: 1 }];
	}
	return Buffer.from(await workbook.xlsx.writeBuffer());
}
