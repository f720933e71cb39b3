import { PageSizes, PDFDocument, StandardFonts, type PDFImage, type PDFPage } from 'pdf-lib';
import { m } from '$lib/paraglide/messages';
import { inContentLocale as say } from '../templates/merge-context';
import { drawInvoiceTable } from './pdf-table';
import type { InvoiceTable } from './pdf-table';
import {
	BOTTOM,
	drawLine,
	drawRight,
	ellipsize,
	FIRST_LINE_TOP,
	Flow,
	fromTop,
	GREY,
	LEFT,
	MM,
	printable,
	RIGHT,
	RULE,
	wrap,
	type Fonts,
	type TextStyle
} from './pdf-flow';

export type { InvoiceTable } from './pdf-table';

/** A letter's body: its text, and the invoice table where the template put it. */
export type LetterBlock = { text: string } | { invoices: InvoiceTable };

/** The letterhead's logo as the organisation uploaded it. */
export interface Logo {
	base64: string;
	type: 'image/png' | 'image/jpeg';
}

/** One letter as it is printed, every text already in the reader's language. */
export interface LetterInput {
	/** The letterhead: the organisation's logo and name, then its address and contact lines. */
	sender: { name: string; lines: string[]; logo: Logo | null };
	/** Sent as « Lettre recommandée avec accusé de réception »: the mention is printed above the address. */
	registered: boolean;
	/** The address block, in NF Z 10-011 order: the name first, "69003 LYON" last. */
	recipient: string[];
	/** "Lyon, le 23/11/2026". */
	placeAndDate: string;
	/** The debtor's references above the subject: account, lease. */
	references: string[];
	/** "Objet : Deuxième relance – compte LOC-0042"; empty, no subject line. */
	subject: string;
	/** Salutation, text, invoice table, closing and signature. */
	blocks: LetterBlock[];
	/** Heads the pages after the first, to keep a letter's sheets together: "Mme Hélène Martin · Compte : LOC-0042". */
	runningHead: string;
}

export interface LetterPdfOptions {
	/** Printed recto-verso: a letter of an odd page count gets a blank back page, so the next starts on a new sheet. */
	duplex?: boolean;
	/** Told after each letter how many are drawn: the progress of a large batch. */
	onProgress?: (drawn: number) => Promise<void>;
}

/**
 * The recipient's block is placed for a right-hand windowed envelope holding the A4 folded in
 * three: DL (110 × 220 mm), C5/6 (114 × 229 mm) and C6 windows are 45 × 100 mm, 20 mm from the
 * right edge and 15 mm from the bottom, which over the folded sheet spans roughly 100–200 mm
 * from the left and 45–95 mm from the top, depending on how far the sheet slides. The zone
 * used is the common part: 105–190 mm from the left, 50–90 mm from the top (85 × 40 mm), the
 * place NF Z 11-001 gives the address of a business letter, with 5 mm of play on every side.
 * Its lines follow the postal address standard NF Z 10-011: six lines at most, aligned left,
 * the last one in capitals. The registered mention goes just above it, 45–49 mm from the top,
 * still inside the window where the post office looks for it.
 */
const ADDRESS = { left: 105 * MM, top: fromTop(50), width: 85 * MM, height: 40 * MM };
const REGISTERED_BASELINE = fromTop(48.5);
const PLACE_AND_DATE_TOP = fromTop(94);
const REFERENCES_TOP = fromTop(103);
/** Beside the address zone, the letterhead must not reach into it. */
const LETTERHEAD_WIDTH = 80 * MM;
const LOGO_BOX = { width: 50 * MM, height: 18 * MM };
const BODY: { size: number; leading: number } = { size: 10.5, leading: 14 };
/** A blank line between paragraphs is shorter than a line of text. */
const PARAGRAPH_GAP = 8;
/** The closing paragraphs never start a page without this many lines before them. */
const LINES_BEFORE_CLOSING = 2;
/** Room above the signature for a hand-written one. */
const SIGNATURE_GAP = 10 * MM;

/** The letters as one PDF: A4, each letter on its own page(s), to print in one go. */
export async function renderLetterPdf(letters: LetterInput[], options: LetterPdfOptions = {}): Promise<Uint8Array> {
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
	// Every letter of a batch shares its organisation's logo: embedded once.
	const logos = new Map<string, Promise<PDFImage>>();
	const logoImage = (logo: Logo) => {
		let image = logos.get(logo.base64);
		if (!image)
			logos.set(
				logo.base64,
				(image = logo.type === 'image/png' ? doc.embedPng(logo.base64) : doc.embedJpg(logo.base64))
			);
		return image;
	};
	for (const [i, letter] of letters.entries()) {
		const pages = drawLetter(doc, fonts, letter, letter.sender.logo ? await logoImage(letter.sender.logo) : null);
		if (options.duplex && pages % 2) doc.addPage(PageSizes.A4);
		await options.onProgress?.(i + 1);
	}
	return doc.save();
}

/** Draws one letter; returns its page count. */
function drawLetter(doc: PDFDocument, fonts: Fonts, letter: LetterInput, logo: PDFImage | null): number {
	const print = (text: string) => printable(fonts, text);
	const first = doc.addPage(PageSizes.A4);
	drawLetterhead(first, fonts, letter.sender, logo);
	if (letter.registered) {
		drawLine(first, print(say(m.letters_pdf_registered, {})), ADDRESS.left, REGISTERED_BASELINE, {
			font: fonts.bold,
			size: 9
		});
	}
	drawAddress(
		first,
		fonts,
		letter.recipient.map((line) => print(line).trim())
	);
	drawLine(first, print(letter.placeAndDate), ADDRESS.left, PLACE_AND_DATE_TOP - BODY.size, {
		font: fonts.regular,
		size: BODY.size
	});

	const flow = new Flow(doc, first, REFERENCES_TOP);
	const width = RIGHT - LEFT;
	const references: TextStyle = { font: fonts.regular, size: 9, color: GREY };
	if (letter.references.length)
		flow.lines(wrap(print(letter.references.join('   ·   ')), references, width), references, 12);
	flow.y -= 4;
	const subject: TextStyle = { font: fonts.bold, size: BODY.size };
	if (letter.subject) flow.lines(wrap(print(letter.subject), subject, width), subject, BODY.leading);
	flow.y -= BODY.leading;

	const body: TextStyle = { font: fonts.regular, size: BODY.size };
	const blocks = letter.blocks.map((block, i) => {
		if (!('text' in block)) return block;
		const { text, signature } =
			i === letter.blocks.length - 1 ? splitSignature(print(block.text)) : { text: print(block.text), signature: '' };
		return { lines: textLines(text, body, width), signature: signature ? wrap(signature, body, ADDRESS.width) : [] };
	});
	const last = blocks.length - 1;
	const endHeight = (block: { lines: Line[]; signature: string[] }, from: number) =>
		heightOf(block.lines.slice(from)) +
		(block.signature.length ? SIGNATURE_GAP + block.signature.length * BODY.leading : 0);
	blocks.forEach((block, i) => {
		if ('lines' in block) {
			const keepFrom = i === last ? closingStart(block.lines, block.signature.length ? 1 : 2) : block.lines.length;
			block.lines.forEach((line, n) => {
				if (n === keepFrom) flow.room(endHeight(block, n));
				if (line === null) flow.y -= PARAGRAPH_GAP;
				else flow.line(line, body, BODY.leading);
			});
			if (block.signature.length) {
				flow.room(endHeight(block, block.lines.length));
				flow.y -= SIGNATURE_GAP;
				for (const line of block.signature) flow.line(line, body, BODY.leading, ADDRESS.left);
			}
		} else {
			// A table followed only by the closing keeps its last rows with it.
			const next = blocks[i + 1];
			const after =
				i + 1 === last && next && 'lines' in next && closingStart(next.lines, next.signature.length ? 1 : 2) === 0
					? endHeight(next, 0) + PARAGRAPH_GAP
					: 0;
			drawInvoiceTable(flow, fonts, block.invoices, after);
		}
		if (i < last) flow.y -= PARAGRAPH_GAP;
	});
	if (flow.pages.length > 1) drawRunningHeads(flow.pages, fonts, print(letter.runningHead));
	return flow.pages.length;
}

type Line = string | null;

/**
 * The signature is the letter's last paragraph, set on the right under room for a hand-written
 * one, when it reads as a signature: after at least one other paragraph, at most three short
 * lines, not ending a sentence (a closing formula ends with its full stop and stays on the left).
 */
function splitSignature(text: string): { text: string; signature: string } {
	const paragraphs = text.trim().split(/\n[ \t]*\n\s*/);
	const signature = paragraphs[paragraphs.length - 1];
	const lines = signature.split('\n');
	const signs =
		paragraphs.length > 1 && lines.length <= 3 && lines.every((l) => l.length <= 60) && !/[.!?…]$/.test(signature);
	return signs ? { text: paragraphs.slice(0, -1).join('\n\n'), signature } : { text, signature: '' };
}

/** The wrapped lines of a text, null for a blank line between paragraphs (blank lines in a row count once). */
function textLines(text: string, style: TextStyle, width: number): Line[] {
	const lines: Line[] = [];
	for (const line of wrap(text.trim(), style, width)) {
		if (line.trim()) lines.push(line);
		else if (lines.length && lines[lines.length - 1] !== null) lines.push(null);
	}
	return lines;
}

const heightOf = (lines: Line[]) => lines.reduce((h, line) => h + (line === null ? PARAGRAPH_GAP : BODY.leading), 0);

/**
 * Where the letter's end starts: its last `paragraphs` (the closing formula, and the signature
 * when it is part of the text) with the lines just before them, so that the closing and the
 * signature never turn the page alone.
 */
function closingStart(lines: Line[], paragraphs: number): number {
	let breaks = 0;
	let start = 0;
	for (let i = lines.length - 1; i >= 0; i--) {
		if (lines[i] === null && ++breaks === paragraphs) {
			start = i + 1;
			break;
		}
	}
	let before = 0;
	while (start > 0 && before < LINES_BEFORE_CLOSING) if (lines[--start] !== null) before++;
	return start;
}

function drawLetterhead(page: PDFPage, fonts: Fonts, sender: LetterInput['sender'], logo: PDFImage | null): void {
	const name: TextStyle = { font: fonts.bold, size: 12 };
	const detail: TextStyle = { font: fonts.regular, size: 9, color: GREY };
	let y = FIRST_LINE_TOP;
	if (logo) {
		const { width, height } = logo.scaleToFit(LOGO_BOX.width, LOGO_BOX.height);
		page.drawImage(logo, { x: LEFT, y: y - height, width, height });
		y -= height + 4 * MM;
	}
	for (const line of wrap(printable(fonts, sender.name), name, LETTERHEAD_WIDTH)) {
		drawLine(page, line, LEFT, y - name.size, name);
		y -= 15;
	}
	y -= 1;
	for (const line of sender.lines.flatMap((l) => wrap(printable(fonts, l), detail, LETTERHEAD_WIDTH))) {
		drawLine(page, line, LEFT, y - detail.size, detail);
		y -= 11.5;
	}
}

/** Shrinks the block until its widest line fits the window (down to 8 pt), then cuts what still does not. */
function drawAddress(page: PDFPage, fonts: Fonts, lines: string[]): void {
	const style: TextStyle = { font: fonts.regular, size: 11 };
	const widest = () => Math.max(...lines.map((l) => style.font.widthOfTextAtSize(l, style.size)));
	while (style.size > 8 && widest() > ADDRESS.width) style.size -= 0.5;
	const leading = Math.min(style.size * 1.3, ADDRESS.height / lines.length);
	let y = ADDRESS.top;
	for (const line of lines) {
		drawLine(page, ellipsize(line, style, ADDRESS.width), ADDRESS.left, y - style.size, style);
		y -= leading;
	}
}

/** Pages after the first carry the recipient, the account and the page number above a rule; the first, its number at the foot. */
function drawRunningHeads(pages: PDFPage[], fonts: Fonts, label: string): void {
	const style: TextStyle = { font: fonts.regular, size: 8.5, color: GREY };
	const number = (i: number) => printable(fonts, say(m.letters_pdf_page, { page: i + 1, pages: pages.length }));
	drawRight(pages[0], number(0), RIGHT, BOTTOM - 6 * MM, style);
	pages.slice(1).forEach((page, i) => {
		const baseline = FIRST_LINE_TOP - style.size;
		drawLine(page, ellipsize(label, style, (RIGHT - LEFT) * 0.7), LEFT, baseline, style);
		drawRight(page, number(i + 1), RIGHT, baseline, style);
		page.drawLine({
			start: { x: LEFT, y: baseline - 4 },
			end: { x: RIGHT, y: baseline - 4 },
			thickness: 0.5,
			color: RULE
		});
	});
}
