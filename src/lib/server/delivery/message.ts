import type { ReminderContent } from '../db/schema';
import type { MergeContext } from '../templates/merge-context';
import { renderEmail, renderSms } from '../templates/render';

type Sender = { name: string; emailFrom: string; emailReplyTo: string; smsSender: string };

/** The From of every email an organisation sends: its own address when set, else its name at the app's. */
export function senderAddress(organisation: Pick<Sender, 'name' | 'emailFrom'>): string {
	return organisation.emailFrom || `${organisation.name} <relances@relance.local>`;
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
