import type { ReminderContent } from '../db/schema';
import type { MergeContext } from './merge-context';
import type { Template } from 'liquidjs';
import { escapeLiteralText, htmlEngine, SafeHtml, textEngine } from './engine';
import { invoicesTableHtml, invoicesTableText } from './invoice-table';
import { emailDocument, htmlParagraphs } from './email-document';
import { describeLiquidError, unknownField } from './liquid-errors';
import { SPECIMEN, unknownPath } from './specimen';

export interface RenderedContent {
	emailSubject: string;
	emailHtml: string;
	emailText: string;
	smsText: string;
	letterText: string;
	invoicesTableHtml: string;
}

const CONTENT_FIELDS = [
	'emailSubject',
	'emailHeader',
	'emailBody',
	'emailFooter',
	'smsText',
	'letterSubject',
	'letterBody'
] as const satisfies readonly (keyof ReminderContent)[];
export type ContentField = (typeof CONTENT_FIELDS)[number];

/** A content field that cannot be rendered; the message is in the person's words. */
export class TemplateError extends Error {
	constructor(
		readonly field: ContentField,
		message: string
	) {
		super(message);
		this.name = 'TemplateError';
	}
}

type Scope = MergeContext & { tableau_factures: string | SafeHtml };

// A reminder's content is rendered for each of its recipients, often thousands of times in a
// day's batch: each source is parsed once. Bounded, since sources come from every edited template.
const parsed = new Map<string, Template[]>();
const PARSED_LIMIT = 2_000;

function parse(mode: 'text' | 'html', source: string): Template[] {
	const key = `${mode}\u0000${source}`;
	let templates = parsed.get(key);
	if (!templates) {
		templates = mode === 'text' ? textEngine.parse(source) : htmlEngine.parse(escapeLiteralText(source));
		if (parsed.size >= PARSED_LIMIT) parsed.clear();
		parsed.set(key, templates);
	}
	return templates;
}

function render(field: ContentField, source: string, mode: 'text' | 'html', scope: Scope): string {
	try {
		if (mode === 'text') return String(textEngine.renderSync(parse(mode, source), scope)).trim();
		return htmlParagraphs(String(htmlEngine.renderSync(parse(mode, source), scope)));
	} catch (error) {
		throw new TemplateError(field, describeLiquidError(error));
	}
}

export type RenderedEmail = Pick<RenderedContent, 'emailSubject' | 'emailHtml' | 'emailText'>;

/** The email of one recipient. Throws a TemplateError for content that does not render. */
export function renderEmail(content: ReminderContent, context: MergeContext): RenderedEmail {
	const textScope: Scope = { ...context, tableau_factures: invoicesTableText(context) };
	// Blank lines around the table make it a block of its own wherever it was written.
	const htmlScope: Scope = { ...context, tableau_factures: new SafeHtml(`\n\n${invoicesTableHtml(context)}\n\n`) };
	const text = (field: ContentField) => render(field, content[field] ?? '', 'text', textScope);
	const html = (field: ContentField) => render(field, content[field] ?? '', 'html', htmlScope);
	// A subject is one header line: a line break merged into it must not reach the mail headers.
	const emailSubject = text('emailSubject').replace(/\s*[\r\n]+\s*/g, ' ');
	return {
		emailSubject,
		emailHtml: emailDocument({
			subject: emailSubject,
			header: html('emailHeader'),
			body: html('emailBody'),
			footer: html('emailFooter')
		}),
		emailText: [text('emailHeader'), text('emailBody'), text('emailFooter')].filter(Boolean).join('\n\n')
	};
}

/** The SMS of one recipient. */
export function renderSms(content: ReminderContent, context: MergeContext): string {
	const sms = render('smsText', content.smsText, 'text', { ...context, tableau_factures: invoicesTableText(context) });
	// French amounts carry non-breaking spaces, outside GSM-7: one would make every SMS UCS-2.
	return sms.replace(/[\u00a0\u202f]/g, ' ');
}

/** One recipient's content, every channel. Throws a TemplateError for content that does not render. */
export async function renderContent(content: ReminderContent, context: MergeContext): Promise<RenderedContent> {
	const textScope: Scope = { ...context, tableau_factures: invoicesTableText(context) };
	return {
		...renderEmail(content, context),
		smsText: renderSms(content, context),
		letterText: render('letterBody', content.letterBody, 'text', textScope),
		invoicesTableHtml: invoicesTableHtml(context)
	};
}

export interface RenderedLetter {
	/** The « Objet »: the letter's own subject, else the email's, on one line. */
	subject: string;
	/** The body: salutation, text, table, closing and signature (the layout prints the rest). */
	text: string;
}

/** The letter of one recipient. Throws a TemplateError for content that does not render. */
export function renderLetter(content: ReminderContent, context: MergeContext): RenderedLetter {
	const scope: Scope = { ...context, tableau_factures: invoicesTableText(context) };
	const subject = content.letterSubject?.trim()
		? render('letterSubject', content.letterSubject, 'text', scope)
		: render('emailSubject', content.emailSubject, 'text', scope);
	return {
		subject: subject.replace(/\s*[\r\n]+\s*/g, ' '),
		text: render('letterBody', content.letterBody, 'text', scope)
	};
}

/**
 * The plain text one channel shows a recipient (email: subject, blank line, text), for lists
 * that show many reminders: only that channel's fields are rendered, and `parsed` keeps the
 * parsed templates across calls, since reminders made from one template share their sources.
 */
export async function renderChannelText(
	content: ReminderContent,
	context: MergeContext,
	channel: string,
	parsed: Map<string, ReturnType<typeof textEngine.parse>>
): Promise<string> {
	const scope: Scope = { ...context, tableau_factures: invoicesTableText(context) };
	const text = async (field: ContentField) => {
		const source = content[field] ?? '';
		try {
			let templates = parsed.get(source);
			if (!templates) parsed.set(source, (templates = textEngine.parse(source)));
			return ((await textEngine.render(templates, scope)) as string).trim();
		} catch (error) {
			throw new TemplateError(field, describeLiquidError(error));
		}
	};
	if (channel === 'sms') return (await text('smsText')).replace(/[\u00a0\u202f]/g, ' ');
	if (channel === 'letter') return text('letterBody');
	const [subject, header, body, footer] = await Promise.all([
		text('emailSubject'),
		text('emailHeader'),
		text('emailBody'),
		text('emailFooter')
	]);
	return `${subject.replace(/\s*[\r\n]+\s*/g, ' ')}\n\n${[header, body, footer].filter(Boolean).join('\n\n')}`;
}

/**
 * Per content field, why it cannot be saved: a Liquid syntax error, a tag or filter not
 * allowed, or a field no recipient has («Champ inconnu : {{ prenon }}»). Empty when all is well.
 */
export function checkMergeFields(content: Partial<ReminderContent>): Record<string, string> {
	const errors: Record<string, string> = {};
	for (const field of CONTENT_FIELDS) {
		const problem = content[field] ? mergeProblem(content[field]) : null;
		if (problem) errors[field] = problem;
	}
	return errors;
}

function mergeProblem(source: string): string | null {
	try {
		const templates = textEngine.parse(source);
		for (const segments of textEngine.globalVariableSegmentsSync(templates)) {
			const unknown = unknownPath(segments);
			if (unknown) return unknownField(unknown);
		}
		// Finds what static analysis cannot: a loop variable's misspelt field, a limit exceeded.
		textEngine.renderSync(templates, SPECIMEN);
		return null;
	} catch (error) {
		return describeLiquidError(error);
	}
}
