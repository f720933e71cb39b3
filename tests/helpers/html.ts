/**
 * Just enough of an HTML reader for pages the app renders: elements found by data-testid,
 * attributes read from their double quotes (as Svelte writes them), character references decoded.
 */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref[0] === '#')
			return String.fromCodePoint(
				ref[1].toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
			);
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
		for (const [, name, value] of match[2].matchAll(/\s+([^\s=>"'/]+)(?:="([^"]*)")?/g))
			attributes[name.toLowerCase()] = decodeEntities(value ?? '');
		if (attributes['data-testid'] !== testId) continue;
		const tag = match[1].toLowerCase();
		const start = match.index! + match[0].length;
		const end = html.indexOf(`</${tag}>`, start);
		const inner = end === -1 ? '' : html.slice(start, end);
		found.push({
			tag,
			attributes,
			text: decodeEntities(inner.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ''))
		});
	}
	return found;
}

export interface Control {
	tag: string;
	attributes: Record<string, string>;
	/** What the control shows: its value, a textarea's text, a select's selected options. */
	values: string[];
	/** A checkbox or radio: whether it is ticked. */
	checked: boolean;
}

function attributesOf(source: string): Record<string, string> {
	const attributes: Record<string, string> = {};
	for (const [, name, value] of source.matchAll(/\s+([^\s=>"'/]+)(?:="([^"]*)")?/g))
		attributes[name.toLowerCase()] = decodeEntities(value ?? '');
	return attributes;
}

/** Every input, textarea and select posting under `name`, as the server rendered it. */
export function controlsNamed(html: string, name: string): Control[] {
	const found: Control[] = [];
	const opening = /<(input|textarea|select)((?:\s+[^\s=>"'/]+(?:="[^"]*")?)*)\s*\/?>/gi;
	for (const match of html.matchAll(opening)) {
		const attributes = attributesOf(match[2]);
		if (attributes.name !== name) continue;
		const tag = match[1].toLowerCase();
		const start = match.index! + match[0].length;
		let values: string[] = [];
		if (tag === 'input') values = ['value' in attributes ? attributes.value : ''];
		else {
			const inner = html.slice(start, html.indexOf(`</${tag}>`, start));
			if (tag === 'textarea') values = [decodeEntities(inner.replace(/<!--[\s\S]*?-->/g, ''))];
			else
				for (const option of inner.matchAll(/<option((?:\s+[^\s=>"'/]+(?:="[^"]*")?)*)\s*>([^<]*)/gi)) {
					const a = attributesOf(option[1]);
					if ('selected' in a) values.push('value' in a ? a.value : decodeEntities(option[2]).trim());
				}
		}
		found.push({ tag, attributes, values, checked: 'checked' in attributes });
	}
	return found;
}

/** The text of the element with this id (tags dropped), or undefined when there is none. */
export function textOfId(html: string, id: string): string | undefined {
	const match = new RegExp(
		`<([a-z][a-z0-9-]*)(?:\\s+[^>]*?)?\\sid="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`,
		'i'
	).exec(html);
	if (!match) return undefined;
	const start = match.index + match[0].length;
	const end = html.indexOf(`</${match[1]}>`, start);
	return decodeEntities(
		html
			.slice(start, end === -1 ? undefined : end)
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/<[^>]*>/g, '')
	).trim();
}

/** The texts of the page's alerts (role="alert"), in document order. */
export function alerts(html: string): string[] {
	return [...html.matchAll(/<([a-z][a-z0-9-]*)\s[^>]*role="alert"[^>]*>/gi)].map((match) => {
		const start = match.index! + match[0].length;
		const end = html.indexOf(`</${match[1]}>`, start);
		return decodeEntities(
			html
				.slice(start, end)
				.replace(/<!--[\s\S]*?-->/g, '')
				.replace(/<[^>]*>/g, '')
		).trim();
	});
}
