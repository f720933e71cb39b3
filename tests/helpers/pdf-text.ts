import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const MM = 72 / 25.4;

/** One run of text as the PDF places it: its page (from 0), its left edge and baseline in mm from the page's top-left corner. */
export interface PdfText {
	page: number;
	text: string;
	xMm: number;
	/** Baseline, from the top of the page. */
	yMm: number;
}

/** Every run of text of a PDF, page by page, top to bottom, and the page count. */
export async function pdfTexts(bytes: Uint8Array): Promise<{ pages: number; texts: PdfText[] }> {
	// pdf.js takes the buffer over: a copy leaves the caller's bytes usable.
	const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
	const texts: PdfText[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const page = await doc.getPage(n);
		const height = page.view[3];
		const content = await page.getTextContent();
		for (const item of content.items) {
			if (!('str' in item) || !item.str.trim()) continue;
			texts.push({ page: n - 1, text: item.str, xMm: item.transform[4] / MM, yMm: (height - item.transform[5]) / MM });
		}
	}
	const pages = doc.numPages;
	await doc.destroy();
	return { pages, texts };
}

/** The runs that contain `needle`. */
export const find = (texts: PdfText[], needle: string | RegExp) =>
	texts.filter((t) => (typeof needle === 'string' ? t.text.includes(needle) : needle.test(t.text)));
