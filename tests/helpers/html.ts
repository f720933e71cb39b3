/**
 * Just enough of an HTML reader for pages the app renders: elements found by data-testid,
 * attributes read from their double quotes (as Svelte writes them), character references decoded.
 */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref[0] === '#') return String.fromCodePoint(ref[1].toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
		return NAMED[ref.toLowerCase()] ?? whole;
	});
}

export interface Found {
	tag: string;
	attributes: Record<string, string>;
	/** The text inside, tags and comments dropped, references decoded (for elements without nesting of their own tag). */
	text: string;
}

/** Every element carrying data-testid="…", in document order. */
export function byTestId(html: string, testId: string): Found[] {
	const found: Found[] = [];
	const opening = /<([a-z][a-z0-9-]*)((?:\s+[^\s=>"'/]+(?:="[^"]*")?)*)\s*\/?>/gi;
	for (const match of html.matchAll(opening)) {
		const attributes: Record<string, string> = {};
		for (const [, name, value] of match[2].matchAll(/\s+([^\s=>"'/]+)(?:="([^"]*)")?/g)) attributes[name.toLowerCase()] = decodeEntities(value ?? '');
		if (attributes['data-testid'] !== testId) continue;
		const tag = match[1].toLowerCase();
		const start = match.index! + match[0].length;
		const end = html.indexOf(`</${tag}>`, start);
		const inner = end === -1 ? '' : html.slice(start, end);
		found.push({ tag, attributes, text: decodeEntities(inner.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, '')) });
	}
	return found;
}
