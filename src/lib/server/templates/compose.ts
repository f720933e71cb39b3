import type { ReminderContent } from '../db/schema';
import type { MergeContext } from './merge-context';
import { renderEmail, renderSms } from './render';

type Sender = { name: string; emailFrom: string; emailFromName?: string; emailReplyTo: string; smsSender: string };

/** The From of every email an organisation sends: its own address when set, else its name at the app's. */
export function senderAddress(organisation: Pick<Sender, 'name' | 'emailFrom' | 'emailFromName'>): string {
	if (!organisation.emailFrom) return `${organisation.name} <relances@relance.local>`;
	// An address set with its name already (« Agence <a@b.fr> ») is kept as it is.
	if (organisation.emailFrom.includes('<')) return organisation.emailFrom;
	return `${displayName(organisation.emailFromName || organisation.name)} <${organisation.emailFrom}>`;
}

/** A display name as a mail header takes it: quoted when it holds a character the header gives a meaning to. */
function displayName(name: string): string {
	const flat = name.replace(/[\r\n]+/g, ' ').trim();
	return /[()<>[\]:;@\\,."]/.test(flat) ? `"${flat.replace(/(["\\])/g, '\\$1')}"` : flat;
}

/**
 * One recipient's email exactly as it leaves: the delivery sends it, the previews show it.
 * Throws a TemplateError for content that does not render.
 */
export function composeEmail(organisation: Sender, to: string, content: ReminderContent, context: MergeContext) {
	const rendered = renderEmail(content, context);
	return {
		from: senderAddress(organisation),
		replyTo: organisation.emailReplyTo || undefined,
		to,
		subject: rendered.emailSubject,
		html: rendered.emailHtml,
		text: rendered.emailText
	};
}

/** One recipient's SMS exactly as it leaves. */
export function composeSms(organisation: Sender, to: string, content: ReminderContent, context: MergeContext) {
	return { from: organisation.smsSender, to, text: renderSms(content, context) };
}

export type ComposedEmail = ReturnType<typeof composeEmail>;
export type ComposedSms = ReturnType<typeof composeSms>;
