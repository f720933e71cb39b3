import { m } from '$lib/paraglide/messages';
import { inContentLocale as say, type MergeContext } from './merge-context';
import { escapeHtml } from './engine';

const CELL = 'padding:6px 8px;border-bottom:1px solid #e5e7eb;';
const HEAD = 'padding:6px 8px;border-bottom:2px solid #9ca3af;';
const LEFT = 'text-align:left;';
const RIGHT = 'text-align:right;white-space:nowrap;';

/** The unpaid invoices as an email-safe table with a caption, column headers and the total. */
export function invoicesTableHtml(context: MergeContext): string {
	if (context.factures.length === 0)
		return `<p style="margin:0 0 1em;">${escapeHtml(say(m.merge_no_invoices, {}))}</p>`;
	const th = (label: string, align: string) => `<th scope="col" style="${HEAD}${align}">${escapeHtml(label)}</th>`;
	const rows = context.factures.map(
		(f) =>
			`<tr><td style="${CELL}${LEFT}">${escapeHtml(f.numero)}</td><td style="${CELL}${LEFT}">${escapeHtml(f.echeance)}</td>` +
			`<td style="${CELL}${RIGHT}">${escapeHtml(f.montant)}</td><td style="${CELL}${RIGHT}">${escapeHtml(f.reste)}</td></tr>`
	);
	return (
		'<table style="width:100%;border-collapse:collapse;margin:0 0 1em;font-size:14px;">' +
		`<caption style="text-align:left;font-weight:bold;padding:0 0 8px;">${escapeHtml(say(m.merge_table_caption, {}))}</caption>` +
		`<thead><tr>${th(say(m.merge_table_number, {}), LEFT)}${th(say(m.merge_table_due, {}), LEFT)}` +
		`${th(say(m.merge_table_amount, {}), RIGHT)}${th(say(m.merge_table_remaining, {}), RIGHT)}</tr></thead>` +
		`<tbody>${rows.join('')}</tbody>` +
		`<tfoot><tr><th scope="row" colspan="3" style="${CELL}${RIGHT}">${escapeHtml(say(m.merge_table_total, {}))}</th>` +
		`<td style="${CELL}${RIGHT}font-weight:bold;">${escapeHtml(context.solde)}</td></tr></tfoot></table>`
	);
}

/** The same table as text lines, columns aligned for a monospaced reading, amounts to the right. */
export function invoicesTableText(context: MergeContext): string {
	if (context.factures.length === 0) return say(m.merge_no_invoices, {});
	const rows = [
		[
			say(m.merge_table_number, {}),
			say(m.merge_table_due, {}),
			say(m.merge_table_amount, {}),
			say(m.merge_table_remaining, {})
		],
		...context.factures.map((f) => [f.numero, f.echeance, f.montant, f.reste])
	];
	const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
	const line = (row: string[]) =>
		row
			.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
			.join('   ')
			.trimEnd();
	return [...rows.map(line), say(m.merge_table_total_line, { total: context.solde })].join('\n');
}
