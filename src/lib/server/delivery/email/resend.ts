import { createHash } from 'node:crypto';
import { Resend, type CreateEmailOptions, type ErrorResponse } from 'resend';
import { ProviderError, type EmailSender, type OutgoingEmail, type SendResult } from '../channel';
import { retryAfterSeconds } from './retry-after';

export interface ResendSenderOptions {
	apiKey: string;
	/** Unset, the SDK's default: Resend's API. */
	baseUrl?: string;
	timeoutMs: number;
}

export interface ResendSender extends EmailSender {
	/**
	 * Up to RESEND_BATCH_LIMIT emails in one call, results in the same order. The batch endpoint
	 * takes one idempotency key for the whole call, derived here from the delivery ids in order:
	 * a retry is deduplicated only if it sends the same emails in the same order. Resend's
	 * strict validation refuses the whole batch when one email is invalid.
	 */
	sendBatch(emails: OutgoingEmail[]): Promise<SendResult[]>;
}

export const RESEND_BATCH_LIMIT = 100;

/**
 * Emails through Resend. Every send carries the delivery id as its Idempotency-Key, so the
 * worker may safely send again after a timeout or a crash: Resend answers the first send's id
 * instead of sending twice (keys are kept 24 hours).
 */
export function createResendSender({ apiKey, baseUrl, timeoutMs }: ResendSenderOptions): ResendSender {
	const resend = new Resend(apiKey, { baseUrl });

	return {
		deduplicates: true,

		async send(email) {
			const signal = AbortSignal.timeout(timeoutMs);
			const { data, error, headers } = await resend.emails.send(toResend(email), { idempotencyKey: email.idempotencyKey, signal });
			if (error) throw providerError(error, headers, signal.aborted ? timeoutMs : null);
			return { providerMessageId: data.id };
		},

		async sendBatch(emails) {
			if (emails.length === 0) return [];
			if (emails.length > RESEND_BATCH_LIMIT) throw new RangeError(`Resend takes at most ${RESEND_BATCH_LIMIT} emails per batch`);
			const signal = AbortSignal.timeout(timeoutMs);
			const { data, error, headers } = await resend.batch.send(emails.map(toResend), { idempotencyKey: batchKey(emails), signal });
			if (error) throw providerError(error, headers, signal.aborted ? timeoutMs : null);
			return data.data.map(({ id }) => ({ providerMessageId: id }));
		}
	};
}

function toResend(email: OutgoingEmail): CreateEmailOptions {
	return { from: email.from, to: email.to, replyTo: email.replyTo, subject: email.subject, html: email.html, text: email.text };
}

function batchKey(emails: OutgoingEmail[]): string {
	const digest = createHash('sha256').update(emails.map((e) => e.idempotencyKey).join('\n')).digest('hex');
	return `batch-${digest}`;
}

/**
 * The SDK never throws: it answers `{ error }` with the API's own error body (whose statusCode
 * is the HTTP status) and the response headers, or statusCode null when no answer came back
 * (network failure, or our timeout aborting the request).
 */
function providerError(error: ErrorResponse, headers: Record<string, string> | null, timedOutAfterMs: number | null): ProviderError {
	if (timedOutAfterMs !== null) return new ProviderError(`Resend : pas de réponse en ${timedOutAfterMs} ms`, true);
	const status = error.statusCode ?? undefined;
	if (status === undefined) return new ProviderError(`Resend injoignable : ${error.message}`, true);
	const message = `Resend (${status}) : ${error.message}`;
	if (status === 429) return new ProviderError(message, true, status, retryAfterSeconds(headers?.['retry-after']));
	// The same key still in flight elsewhere: the first send decides, asking again later is safe.
	if (error.name === 'concurrent_idempotent_requests') return new ProviderError(message, true, status);
	return new ProviderError(message, status >= 500, status);
}
