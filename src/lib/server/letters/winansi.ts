/**
 * The standard PDF fonts (Helvetica) only encode WinAnsi (Windows-1252), and pdf-lib throws on
 * any other character. WinAnsi holds French as written (é, à, ç, œ, ’, «», €), so those stay;
 * the rest is brought to its nearest WinAnsi form, or dropped: a letter must print whatever a
 * contact's name or a template holds.
 */
const SUBSTITUTES: Record<string, string> = {
	// French amounts and dates from Intl carry narrow no-break spaces: they must stay unbreakable.
	'\u202f': '\u00a0',
	'\u2007': '\u00a0',
	'\t': '    ',
	'\u2010': '-',
	'\u2011': '-',
	'\u2212': '-',
	'\u2032': "'",
	'\u2033': '"',
	ł: 'l',
	Ł: 'L',
	đ: 'd',
	Đ: 'D',
	ı: 'i'
};

/** `charset` is the font's (`font.getCharacterSet()`); line breaks are kept for the caller to split on. */
export function toWinAnsi(text: string, charset: ReadonlySet<number>): string {
	let out = '';
	for (const char of text.replace(/\r\n?/g, '\n')) {
		if (char === '\n' || charset.has(char.codePointAt(0)!)) {
			out += char;
			continue;
		}
		// Decomposed, "ș" is "s" and a combining comma (the mark is dropped), "2ᵉ" is "2e", "ﬁ" is "fi".
		const substitute = SUBSTITUTES[char] ?? (/\s/.test(char) ? ' ' : char.normalize('NFKD'));
		for (const part of substitute) if (charset.has(part.codePointAt(0)!)) out += part;
	}
	return out;
}
