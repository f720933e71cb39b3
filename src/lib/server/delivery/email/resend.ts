import { Resend, type CreateEmailOptions, type ErrorResponse } from 'resend';
import { storedText } from '$lib/stored-text';
import {
	EMAIL_BATCH_LIMIT,
	InvalidRecipientError,
	ProviderError,
	type EmailSender,
	type OutgoingEmail
} from '../channel';
import { retryAfterSeconds } from './retry-after';

export interface ResendSenderOptions {
	apiKey: string;
	/** Unset, the SDK's default: Resend's API. */
	baseUrl?: string;
	timeoutMs: number;
}

/**
 * Emails through Resend. Every send carries the delivery id as its Idempotency-Key, so the
 * worker may safely send again after a timeout or a crash: Resend answers the first send's id
 * instead of sending twice (keys are kept 24 hours).
 */
export function createResendSender({ apiKey, baseUrl, timeoutMs }: ResendSenderOptions): EmailSender {
	const resend = new Resend(apiKey, { baseUrl });

	return {
		deduplicates: true,

		async send(email) {
			const signal = AbortSignal.timeout(timeoutMs);
			const { data, error, headers } = await resend.emails.send(toResend(email), {
				idempotencyKey: email.idempotencyKey,
				signal
			});
			if (error) throw providerError(error, headers, signal.aborted ? timeoutMs : null);
			return { providerMessageId: data.id };
		},

		async sendBatch(emails, idempotencyKey) {
			if (emails.length === 0) return [];
			if (emails.length > EMAIL_BATCH_LIMIT)
				throw new RangeError(`Resend takes at most ${EMAIL_BATCH_LIMIT} emails per batch`);
			const signal = AbortSignal.timeout(timeoutMs);
			// Permissive: an invalid address fails alone instead of refusing the other 99.
			const { data, error, headers } = await resend.batch.send(emails.map(toResend), {
				idempotencyKey,
				signal,
				batchValidation: 'permissive'
			});
			if (error) throw providerError(error, headers, signal.aborted ? timeoutMs : null);
			const refused = new Map((data.errors ?? []).map((e) => [e.index, e.message]));
			// `data` lists the ids of the emails accepted, in the order they were given.
			const ids = data.data.map(({ id }) => id);
			return emails.map((_, index) => {
				const message = refused.get(index);
				if (message !== undefined) return refusal(`Resend : ${message}`, 422, message);
				const id = ids.shift();
				return id
					? { providerMessageId: id }
					: new ProviderError(storedText('provider_no_id', { provider: 'Resend' }), false);
			});
		}
	};
}

function toResend(email: OutgoingEmail): CreateEmailOptions {
	return {
		from: email.from,
		to: email.to,
		replyTo: email.replyTo,
		subject: email.subject,
		html: email.html,
		text: email.text,
		// Webhook events carry the tags: a bounce names its delivery even without our message id.
		tags: [{ name: 'delivery', value: email.deliveryId }]
	};
}

/**
 * The SDK never throws: it answers `{ error }` with the API's own error body (whose statusCode
 * is the HTTP status) and the response headers, or statusCode null when no answer came back
 * (network failure, or our timeout aborting the request).
 */
function providerError(
	error: ErrorResponse,
	headers: Record<string, string> | null,
	timedOutAfterMs: number | null
): ProviderError {
	if (timedOutAfterMs !== null)
		return new ProviderError(storedText('provider_timeout', { provider: 'Resend', ms: timedOutAfterMs }), true);
	const status = error.statusCode ?? undefined;
	if (status === undefined)
		return new ProviderError(storedText('provider_unreachable', { provider: 'Resend', message: error.message }), true);
	const message = storedText('provider_said', { provider: 'Resend', status, message: error.message });
	if (status === 429) return new ProviderError(message, true, status, retryAfterSeconds(headers?.['retry-after']));
	// The same key still in flight elsewhere: the first send decides, asking again later is safe.
	if (error.name === 'concurrent_idempotent_requests') return new ProviderError(message, true, status);
	if (status === 422 && error.name === 'validation_error') return refusal(message, status, error.message);
	return new ProviderError(message, status >= 500, status);
}

/**
 * A validation error that names the `to` field refuses the recipient's address, not the
 * message: Resend answers "Invalid `to` field. The email address needs to follow…".
 */
function refusal(message: string, status: number, providerMessage: string): ProviderError {
	return /`to`/.test(providerMessage)
		? new InvalidRecipientError(message, status)
		: new ProviderError(message, false, status);
}
