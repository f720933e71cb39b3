import { Liquid, Tokenizer, TokenKind } from 'liquidjs';

/**
 * What a merge template needs: conditions, loops and variables. Left out: include, render and
 * layout (they load other files), tablerow (it writes HTML of its own), capture (what it keeps
 * is already escaped, and would be escaped twice), cycle and counters.
 */
const ALLOWED_TAGS = new Set([
	'if',
	'unless',
	'case',
	'for',
	'break',
	'continue',
	'assign',
	'comment',
	'#',
	'raw',
	'echo'
]);

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** HTML we built ourselves (the invoice table): the only value the HTML engine writes unescaped. */
export class SafeHtml {
	constructor(readonly html: string) {}
}

function escapeOutput(value: unknown): string {
	return value instanceof SafeHtml ? value.html : escapeHtml(String(value ?? ''));
}

function engine(outputEscape?: (value: unknown) => string): Liquid {
	const liquid = new Liquid({
		strictVariables: true,
		strictFilters: true,
		ownPropertyOnly: true,
		outputEscape,
		// An in-memory, empty file system: nothing a template says can reach the disk.
		templates: {},
		parseLimit: 100_000,
		renderLimit: 1_000,
		memoryLimit: 1_000_000
	});
	for (const name of Object.keys(liquid.tags)) if (!ALLOWED_TAGS.has(name)) delete liquid.tags[name];
	// `| raw` would let a merged value skip the HTML escaping.
	delete liquid.filters.raw;
	return liquid;
}

/** For the subject, the email's text version, the SMS and the letter: values as they are. */
export const textEngine = engine();
/** For the email's HTML: every merged value escaped. */
export const htmlEngine = engine(escapeOutput);

/**
 * The template's own words are plain text too (a manager types "Loyer < 500 €" in a textarea):
 * escaped for HTML before parsing, leaving the Liquid tags and outputs untouched.
 */
export function escapeLiteralText(source: string): string {
	return new Tokenizer(source)
		.readTopLevelTokens(htmlEngine.options)
		.map((token) => (token.kind === TokenKind.HTML ? escapeHtml(token.getText()) : token.getText()))
		.join('');
}
