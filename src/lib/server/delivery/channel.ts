/**
 * What the delivery worker hands a channel, and what a channel answers. Adapters (Resend,
 * Vonage, the outbox) implement these; the worker knows nothing of providers.
 */
export interface OutgoingEmail {
	deliveryId: string;
	organisationId: string;
	from: string;
	replyTo?: string;
	to: string;
	subject: string;
	html: string;
	text: string;
	/** The provider refuses a second send with the same key: the delivery id. */
	idempotencyKey: string;
}

export interface OutgoingSms {
	deliveryId: string;
	organisationId: string;
	from: string;
	/** E.164, e.g. +33612345678. */
	to: string;
	text: string;
}

export interface SendResult {
	providerMessageId: string;
	/** SMS only: how many segments the provider billed. */
	segments?: number;
}

/** A provider's refusal. `retryable` for timeouts, 5xx and 429; a 4xx is final. */
export class ProviderError extends Error {
	constructor(
		message: string,
		readonly retryable: boolean,
		readonly status?: number,
		readonly retryAfterSeconds?: number
	) {
		super(message);
	}
}

/**
 * The provider says the address itself is unusable: the email will never arrive, whatever the
 * retries, and its reminder falls back to another channel (see fallback.ts).
 */
export class InvalidRecipientError extends ProviderError {
	constructor(message: string, status?: number) {
		super(message, false, status);
	}
}

/** Up to this many emails leave in one provider call (Resend's batch limit). */
export const EMAIL_BATCH_LIMIT = 100;

export interface EmailSender {
	/** True when a repeated send with the same idempotency key is ignored by the provider. */
	readonly deduplicates: boolean;
	send(email: OutgoingEmail): Promise<SendResult>;
	/**
	 * Many emails in one call under one idempotency key: the same emails in the same order under
	 * the same key leave once. Answers each email's outcome in order (one invalid email fails
	 * alone); throws a ProviderError when the whole call is refused or its outcome is unknown.
	 */
	sendBatch(emails: OutgoingEmail[], idempotencyKey: string): Promise<(SendResult | ProviderError)[]>;
}

export interface SmsSender {
	readonly deduplicates: boolean;
	send(sms: OutgoingSms): Promise<SendResult>;
}
