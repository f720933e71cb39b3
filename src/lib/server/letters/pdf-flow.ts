import { PageSizes, rgb, type PDFDocument, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { toWinAnsi } from './winansi';

/** pdf-lib measures in points, the page from its bottom-left corner; the layout is thought in mm from the top. */
export const MM = 72 / 25.4;
export const [PAGE_WIDTH, PAGE_HEIGHT] = PageSizes.A4;
export const LEFT = 20 * MM;
export const RIGHT = PAGE_WIDTH - 20 * MM;
const TOP = 15 * MM;
/** Text stops here: below, the first page of a longer letter has its page number. */
export const BOTTOM = 20 * MM;
export const FIRST_LINE_TOP = PAGE_HEIGHT - TOP;
/** Where the text resumes on a letter's next pages, under their running head. */
const CONTINUATION_TOP = FIRST_LINE_TOP - 12 * MM;
export const INK = rgb(0.07, 0.09, 0.15);
export const GREY = rgb(0.3, 0.33, 0.38);
export const RULE = rgb(0.62, 0.64, 0.68);

export const fromTop = (mm: number) => PAGE_HEIGHT - mm * MM;

export interface Fonts {
	regular: PDFFont;
	bold: PDFFont;
	/** What both encode (WinAnsi): every string is brought to it before it is measured. */
	charset: ReadonlySet<number>;
}

export interface TextStyle {
	font: PDFFont;
	size: number;
	color?: RGB;
}

export const printable = (fonts: Fonts, text: string) => toWinAnsi(text, fonts.charset);

/** Lines that fit `width`, breaking at spaces (never at a no-break space), and inside a word too long for a line. */
export function wrap(text: string, style: TextStyle, width: number): string[] {
	const fits = (s: string) => style.font.widthOfTextAtSize(s, style.size) <= width;
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const word of paragraph.split(' ')) {
			const candidate = line ? `${line} ${word}` : word;
			if (fits(candidate)) {
				line = candidate;
				continue;
			}
			if (line) lines.push(line);
			line = word;
			while (line.length > 1 && !fits(line)) {
				let cut = line.length - 1;
				while (cut > 1 && !fits(line.slice(0, cut))) cut--;
				lines.push(line.slice(0, cut));
				line = line.slice(cut);
			}
		}
		lines.push(line);
	}
	return lines;
}

/** One line cut to `width` with an ellipsis: for table cells and address lines, which must not spill. */
export function ellipsize(text: string, style: TextStyle, width: number): string {
	const measure = (s: string) => style.font.widthOfTextAtSize(s, style.size);
	if (measure(text) <= width) return text;
	let end = text.length;
	while (end > 0 && measure(`${text.slice(0, end)}…`) > width) end--;
	return `${text.slice(0, end).trimEnd()}…`;
}

export function drawLine(page: PDFPage, text: string, x: number, baseline: number, style: TextStyle): void {
	page.drawText(text, { x, y: baseline, font: style.font, size: style.size, color: style.color ?? INK });
}

export function drawRight(page: PDFPage, text: string, right: number, baseline: number, style: TextStyle): void {
	drawLine(page, text, right - style.font.widthOfTextAtSize(text, style.size), baseline, style);
}

/**
 * Text flowing down the pages of one letter: `y` is the top of the free space, and a line
 * that does not fit below it starts a new page, under the running head the letter adds at the end.
 */
export class Flow {
	readonly pages: PDFPage[];
	y: number;

	constructor(
		private readonly doc: PDFDocument,
		first: PDFPage,
		startY: number
	) {
		this.pages = [first];
		this.y = startY;
	}

	get page(): PDFPage {
		return this.pages[this.pages.length - 1];
	}

	/** Makes room for `height`; true when that took a new page. */
	room(height: number): boolean {
		if (this.y - height >= BOTTOM) return false;
		this.pages.push(this.doc.addPage(PageSizes.A4));
		this.y = CONTINUATION_TOP;
		return true;
	}

	line(line: string, style: TextStyle, leading: number, x = LEFT): void {
		this.room(leading);
		drawLine(this.page, line, x, this.y - style.size, style);
		this.y -= leading;
	}

	lines(lines: string[], style: TextStyle, leading: number): void {
		for (const line of lines) this.line(line, style, leading);
	}
}
