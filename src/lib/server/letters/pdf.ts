import { PageSizes, PDFDocument, StandardFonts, type PDFPage } from 'pdf-lib';
import { m } from '$lib/paraglide/messages';
import { inContentLocale as say } from '../templates/merge-context';
import { drawInvoiceTable, type InvoiceTable } from './pdf-table';
import {
	drawLine,
	drawRight,
	ellipsize,
	FIRST_LINE_TOP,
	Flow,
	FOOTER_BASELINE,
	fromTop,
	GREY,
	LEFT,
	MM,
	printable,
	RIGHT,
	wrap,
	type Fonts,
	type TextStyle
} from './pdf-flow';

export type { InvoiceTable } from './pdf-table';

/** A letter's body: its text, and the invoice table where the template put it. */
export type LetterBlock = { text: string } | { invoices: InvoiceTable };

/** One letter as it is printed, every text already in the reader's language. */
export interface LetterInput {
	/** The letterhead: the organisation's name, then its address and contact lines. */
	sender: { name: string; lines: string[] };
	/** The address block, in NF Z 10-011 order: the name first, "69003 LYON" last. */
	recipient: string[];
	/** "Lyon, le 23/11/2026". */
	placeAndDate: string;
	/** "Objet : Première relance". */
	subject: string;
	/** The debtor's references under the subject: account, lease. */
	references: string[];
	blocks: LetterBlock[];
	/** Names the letter at the foot of its pages when it runs over one, to keep its sheets together. */
	footer: string;
}

/**
 * The recipient's block is placed for a French DL windowed envelope (110 × 220 mm, window
 * 45 × 100 mm on the right) holding the A4 folded in three, following the layout of the
 * business letter of NF Z 11-001: the address zone 105 mm from the left edge and 47 mm from
 * the top, 90 × 35 mm, which leaves about 5 mm of play around the window for the folding.
 * Its lines follow the postal address standard NF Z 10-011: six lines at most, aligned left,
 * the last one in capitals.
 */
const ADDRESS = { left: 105 * MM, top: fromTop(47), width: 90 * MM, height: 35 * MM };
const PLACE_AND_DATE_TOP = fromTop(92);
const SUBJECT_TOP = fromTop(102);
/** Beside the address zone, the letterhead must not reach into it. */
const LETTERHEAD_WIDTH = 80 * MM;
const BODY_SIZE = 11;
const BODY_LEADING = 15;

/** The letters as one PDF: A4, each letter on its own page(s), to print in one go. */
export async function renderLetterPdf(letters: LetterInput[]): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.setTitle(say(m.letters_pdf_title, {}));
	doc.setLanguage('fr-FR');
	doc.setCreator('Relance');
	doc.setProducer('Relance');
	const regular = await doc.embedFont(StandardFonts.Helvetica);
	const fonts: Fonts = {
		regular,
		bold: await doc.embedFont(StandardFonts.HelveticaBold),
		charset: new Set(regular.getCharacterSet())
	};
	for (const letter of letters) drawLetter(doc, fonts, letter);
	return doc.save();
}

function drawLetter(doc: PDFDocument, fonts: Fonts, letter: LetterInput): void {
	const print = (text: string) => printable(fonts, text);
	const first = doc.addPage(PageSizes.A4);
	drawLetterhead(first, fonts, letter.sender);
	drawAddress(first, fonts, letter.recipient.map((line) => print(line).trim()));
	drawLine(first, print(letter.placeAndDate), ADDRESS.left, PLACE_AND_DATE_TOP, { font: fonts.regular, size: BODY_SIZE });

	const flow = new Flow(doc, first, SUBJECT_TOP);
	const width = RIGHT - LEFT;
	const subject: TextStyle = { font: fonts.bold, size: BODY_SIZE };
	flow.lines(wrap(print(letter.subject), subject, width), subject, BODY_LEADING);
	const references: TextStyle = { font: fonts.regular, size: 9.5, color: GREY };
	if (letter.references.length) flow.lines(wrap(print(letter.references.join('   ·   ')), references, width), references, 13);
	flow.y -= BODY_LEADING;

	const body: TextStyle = { font: fonts.regular, size: BODY_SIZE };
	for (const block of letter.blocks) {
		if ('text' in block) flow.lines(wrap(print(block.text), body, width), body, BODY_LEADING);
		else drawInvoiceTable(flow, fonts, block.invoices);
		flow.y -= BODY_LEADING / 2;
	}
	if (flow.pages.length > 1) drawFooters(flow.pages, fonts, print(letter.footer));
}

function drawLetterhead(page: PDFPage, fonts: Fonts, sender: LetterInput['sender']): void {
	const name: TextStyle = { font: fonts.bold, size: 13 };
	const detail: TextStyle = { font: fonts.regular, size: 9.5, color: GREY };
	let y = FIRST_LINE_TOP;
	for (const line of wrap(printable(fonts, sender.name), name, LETTERHEAD_WIDTH)) {
		drawLine(page, line, LEFT, y - name.size, name);
		y -= 16;
	}
	for (const line of sender.lines.flatMap((l) => wrap(printable(fonts, l), detail, LETTERHEAD_WIDTH))) {
		drawLine(page, line, LEFT, y - detail.size, detail);
		y -= 12;
	}
}

/** Shrinks the block until its widest line fits the window (down to 8 pt), then cuts what still does not. */
function drawAddress(page: PDFPage, fonts: Fonts, lines: string[]): void {
	const style: TextStyle = { font: fonts.regular, size: 11 };
	const widest = () => Math.max(...lines.map((l) => style.font.widthOfTextAtSize(l, style.size)));
	while (style.size > 8 && widest() > ADDRESS.width) style.size -= 0.5;
	const leading = Math.min(style.size * 1.25, ADDRESS.height / lines.length);
	let y = ADDRESS.top;
	for (const line of lines) {
		drawLine(page, ellipsize(line, style, ADDRESS.width), ADDRESS.left, y - style.size, style);
		y -= leading;
	}
}

function drawFooters(pages: PDFPage[], fonts: Fonts, label: string): void {
	const style: TextStyle = { font: fonts.regular, size: 8.5, color: GREY };
	pages.forEach((page, i) => {
		drawLine(page, ellipsize(label, style, (RIGHT - LEFT) / 2), LEFT, FOOTER_BASELINE, style);
		const number = printable(fonts, say(m.letters_pdf_page, { page: i + 1, pages: pages.length }));
		drawRight(page, number, RIGHT, FOOTER_BASELINE, style);
	});
}
