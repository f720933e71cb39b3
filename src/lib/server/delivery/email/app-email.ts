import type { DbOrTx } from '../../db';
import { outbox } from '../../db/schema';
import { config } from '../../config';
import { createResendSender } from './resend';
import { emailDocument } from '../../templates/email-document';
import { escapeHtml } from '../../templates/engine';

export interface AppEmail {
	/** Names the email in the provider's events, as a delivery's id does. */
	id: string;
	/** The organisation whose outbox page keeps it without a provider key; none, kept on no page. */
	organisationId: string | null;
	/** Kept for the organisation's admins only (an invitation: whoever follows it joins). */
	adminsOnly?: boolean;
	from: string;
	to: string;
	subject: string;
	text: string;
	html: string;
	idempotencyKey: string;
}

/**
 * An email of the app itself (a run report, an invitation, a password reset), not of a reminder:
 * through Resend when a key is set, else written to the outbox, as reminders are. Throws a
 * ProviderError when Resend refuses it.
 */
export async function sendAppEmail(db: DbOrTx, email: AppEmail): Promise<void> {
	const key = config.resendApiKey;
	if (!key) {
		await db.insert(outbox).values({
			organisationId: email.organisationId,
			adminsOnly: email.adminsOnly ?? false,
			channel: 'email',
			recipient: email.to,
			subject: email.subject,
			text: email.text,
			html: email.html
		});
		return;
	}
	const resend = createResendSender({
		apiKey: key,
		baseUrl: config.resendBaseUrl,
		timeoutMs: config.providerTimeoutMs
	});
	await resend.send({
		deliveryId: email.id,
		// What Resend is told leaves the organisation out: only the outbox files by it.
		organisationId: email.organisationId ?? '',
		from: email.from,
		to: email.to,
		subject: email.subject,
		text: email.text,
		html: email.html,
		idempotencyKey: email.idempotencyKey
	});
}

/** A short email of plain paragraphs around one link (an invitation, a password reset), as text and as HTML. */
export function linkEmail(parts: { subject: string; header: string; before: string[]; link: string; after: string[] }) {
	const paragraph = (text: string) => `<p style="margin:0 0 1em;">${escapeHtml(text)}</p>`;
	const link = `<p style="margin:0 0 1em;"><a href="${escapeHtml(parts.link)}">${escapeHtml(parts.link)}</a></p>`;
	return {
		subject: parts.subject,
		text: [...parts.before, parts.link, ...parts.after].join('\n\n'),
		html: emailDocument({
			subject: parts.subject,
			header: escapeHtml(parts.header),
			body: [...parts.before.map(paragraph), link, ...parts.after.map(paragraph)].join('\n'),
			footer: ''
		})
	};
}
