import type { Channel } from '$lib/validation/reminders';

/** An email as its provider receives it: the very document, its subject and addresses. */
export interface EmailMessagePreview {
	from: string;
	replyTo: string | null;
	/** Null: the recipient has no address, and the email cannot leave. */
	to: string | null;
	subject: string;
	html: string;
	text: string;
}

/** An SMS as it leaves: the sender id shown on the phone and the text, non-breaking spaces already replaced. */
export interface SmsMessagePreview {
	from: string;
	to: string | null;
	text: string;
}

/** What one recipient receives, channel by channel; `error` when the content does not render. */
export interface RecipientPreview {
	contactId: string | null;
	debtorId: string;
	name: string;
	channels: Channel[];
	email: EmailMessagePreview | null;
	sms: SmsMessagePreview | null;
	/** The letter's text, shown while its PDF loads or where it cannot be drawn. */
	letter: { text: string } | null;
	error: string | null;
}

/**
 * Where a letter's PDF comes from: a saved reminder's recipient (GET), or the content as typed,
 * posted with the recipient ("debtorId" or "debtorId:contactId") as `letterFor`.
 */
export type LetterSource =
	{ href: string } | { action: string; fields: Record<string, string | string[]>; letterFor: string };
