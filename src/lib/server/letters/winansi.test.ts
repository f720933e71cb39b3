import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { toWinAnsi } from './winansi';

const charset = async () => {
	const doc = await PDFDocument.create();
	return new Set((await doc.embedFont(StandardFonts.Helvetica)).getCharacterSet());
};

describe('toWinAnsi', () => {
	it('keeps French as written: accents, œ, curly quotes, guillemets, euro', async () => {
		const text = 'Hélène Œuvré, « cœur » l’été à 1 234,56 € — ça';
		expect(toWinAnsi(text, await charset())).toBe(text);
	});

	it('keeps Intl amounts unbreakable: narrow no-break spaces become no-break spaces', async () => {
		expect(toWinAnsi('1\u202f234,56\u00a0€', await charset())).toBe('1\u00a0234,56\u00a0€');
	});

	it('brings other letters to their base letter and drops what has none', async () => {
		expect(toWinAnsi('Ștefan Łukasz Ćosić 😀 ok👍🏽\u200d', await charset())).toBe('Stefan Lukasz Cosic  ok');
		expect(toWinAnsi('2ᵉ étage, ﬁn', await charset())).toBe('2e étage, fin');
	});

	it('keeps line breaks, whatever their form', async () => {
		expect(toWinAnsi('a\r\nb\rc\nd\te', await charset())).toBe('a\nb\nc\nd    e');
	});
});
