import { m } from '$lib/paraglide/messages';
import { inContentLocale as say, type MergeInvoice } from '../templates/merge-context';
import {
	drawLine,
	drawRight,
	ellipsize,
	GREY,
	LEFT,
	printable,
	RIGHT,
	RULE,
	type Flow,
	type Fonts,
	type TextStyle
} from './pdf-flow';

export interface InvoiceTable {
	rows: MergeInvoice[];
	/** The sum of what remains to pay, already formatted ("1 234,56 €"). */
	total: string;
}

const ROW = 17;
const PAD = 4;
/** Share of the text width per column: number, due date, amount, remaining; amounts to the right. */
const COLUMNS = [
	{ share: 0.3, right: false },
	{ share: 0.2, right: false },
	{ share: 0.24, right: true },
	{ share: 0.26, right: true }
] as const;

function columnEdges(): { left: number; right: number }[] {
	let left = LEFT;
	return COLUMNS.map((c) => {
		const edges = { left, right: left + c.share * (RIGHT - LEFT) };
		left = edges.right;
		return edges;
	});
}

/** Rows that go with the total onto a new page, rather than leave it alone there. */
const ROWS_WITH_TOTAL = 2;

/**
 * The unpaid invoices as a ruled table with its caption, headings and total, the same columns
 * as the email's. A table running onto a new page repeats its headings there. `keepAfter` is
 * the height of what must stay on the page of the total (the closing, when it follows).
 */
export function drawInvoiceTable(flow: Flow, fonts: Fonts, table: InvoiceTable, keepAfter = 0): void {
	const print = (text: string) => printable(fonts, text);
	const edges = columnEdges();
	const cell: TextStyle = { font: fonts.regular, size: 10 };
	const strong: TextStyle = { font: fonts.bold, size: 10 };
	const heading: TextStyle = { font: fonts.bold, size: 9.5, color: GREY };

	const row = (cells: string[], style: TextStyle, ruleThickness: number) => {
		const baseline = flow.y - ROW + 5;
		cells.forEach((text, i) => {
			const { left, right } = edges[i];
			const fitted = ellipsize(print(text), style, right - left - 2 * PAD);
			if (COLUMNS[i].right) drawRight(flow.page, fitted, right - PAD, baseline, style);
			else drawLine(flow.page, fitted, left + PAD, baseline, style);
		});
		flow.page.drawLine({
			start: { x: LEFT, y: flow.y - ROW },
			end: { x: RIGHT, y: flow.y - ROW },
			thickness: ruleThickness,
			color: RULE
		});
		flow.y -= ROW;
	};
	const headings = () =>
		row(
			[m.merge_table_number, m.merge_table_due, m.merge_table_amount, m.merge_table_remaining].map((label) =>
				say(label, {})
			),
			heading,
			1
		);

	// The caption never ends a page alone: it goes with the headings and a first row.
	const tailFrom = Math.max(0, table.rows.length - ROWS_WITH_TOTAL);
	const tail = (from: number) => ROW * (table.rows.length - from + 1) + keepAfter;
	flow.room(tailFrom ? ROW * 3 : ROW * 2 + tail(0));
	drawLine(flow.page, print(say(m.merge_table_caption, {})), LEFT, flow.y - ROW + 5, { font: fonts.bold, size: 10.5 });
	flow.y -= ROW;
	headings();
	table.rows.forEach((invoice, i) => {
		const needed = i && i === tailFrom ? tail(i) : ROW;
		if (flow.room(needed)) headings();
		row([invoice.numero, invoice.echeance, invoice.montant, invoice.reste], cell, 0.5);
	});
	if (flow.room(ROW)) headings();
	const baseline = flow.y - ROW + 5;
	drawRight(flow.page, print(say(m.merge_table_total, {})), edges[2].right - PAD, baseline, strong);
	drawRight(flow.page, print(table.total), RIGHT - PAD, baseline, strong);
	flow.y -= ROW;
}
