import { Vonage } from '@vonage/server-sdk';
import { storedText } from '$lib/stored-text';
import type { SMSMessages, TypeEnum } from '@vonage/sms';
import { smsInfo } from '$lib/sms';
import { ProviderError, type OutgoingSms, type SmsSender } from '../channel';
import { retryAfterSeconds } from '../email/retry-after';

export interface VonageSenderOptions {
	apiKey: string;
	apiSecret: string;
	/** Unset, the SDK's default: Vonage's REST host. */
	restHost?: string;
	timeoutMs: number;
}

/**
 * Per-message statuses that mean "not now" rather than "never": throttled (1), internal error
 * (5), too many binds (10). The message did not leave, so sending again is safe.
 */
const RETRYABLE_STATUSES = new Set(['1', '5', '10']);

/** Answers that prove the request was not processed; other 5xx may hide a sent message. */
const NOT_PROCESSED = new Set([429, 503]);

type Part = SMSMessages['messages'][number];

/**
 * SMS through Vonage's SMS API. Vonage cannot deduplicate: the delivery id travels as
 * client-ref (echoed in delivery receipts), and every failure whose outcome is unknown is
 * reported without a status, so that the worker hands it to a person instead of sending twice.
 */
export function createVonageSender({ apiKey, apiSecret, restHost, timeoutMs }: VonageSenderOptions): SmsSender {
	const vonage = new Vonage({ apiKey, apiSecret }, { restHost, timeout: timeoutMs });

	return {
		deduplicates: false,

		async send(sms) {
			let response: SMSMessages;
			try {
				response = await vonage.sms.send(toVonage(sms));
			} catch (error) {
				throw providerError(error, timeoutMs);
			}
			const first = response.messages[0];
			if (!first?.messageId) throw new ProviderError(storedText('provider_no_id', { provider: 'Vonage' }), true);
			// A long text leaves as several parts, each with its own id; the first one names the SMS.
			return {
				providerMessageId: first.messageId,
				segments: Number(response.messageCount) || response.messages.length
			};
		}
	};
}

function toVonage(sms: OutgoingSms) {
	return {
		// Vonage wants E.164 digits without the "+".
		to: sms.to.replace(/^\+/, ''),
		from: sms.from,
		text: sms.text,
		// One character outside GSM-7 (ê, ç, ’…) and a "text" SMS would arrive garbled.
		type: (smsInfo(sms.text).encoding === 'UCS-2' ? 'unicode' : 'text') as TypeEnum,
		clientRef: sms.deliveryId
	};
}

function providerError(error: unknown, timeoutMs: number): ProviderError {
	const parts = perMessageFailure(error);
	if (parts) {
		const failed = parts.filter((p) => p.status !== '0');
		const first = failed[0];
		const detail = storedText('provider_said', {
			provider: 'Vonage',
			status: first?.status ?? '',
			message: first?.errorText ?? ''
		});
		// Some parts left: sending again would repeat them, so a person decides.
		if (failed.length < parts.length)
			return new ProviderError(
				storedText('sms_partial', { sent: parts.length - failed.length, total: parts.length, detail }),
				false,
				200
			);
		// HTTP 200 with an error per message: Vonage answered, nothing left.
		if (first?.status && RETRYABLE_STATUSES.has(first.status))
			return new ProviderError(detail, true, 200, retryAfterSeconds(null));
		return new ProviderError(detail, false, 200);
	}
	const response = httpResponse(error);
	if (response && !response.ok) {
		const message = storedText('provider_said', {
			provider: 'Vonage',
			status: response.status,
			message: response.statusText
		});
		if (NOT_PROCESSED.has(response.status))
			return new ProviderError(message, true, response.status, retryAfterSeconds(response.headers.get('retry-after')));
		if (response.status >= 500) return new ProviderError(storedText('provider_uncertain', { reason: message }), true);
		return new ProviderError(message, false, response.status);
	}
	if (error instanceof Error && error.name === 'AbortError')
		return new ProviderError(storedText('provider_timeout', { provider: 'Vonage', ms: timeoutMs }), true);
	// No answer, or one we could not read: the SMS may have left.
	return new ProviderError(
		storedText('provider_unreachable', {
			provider: 'Vonage',
			message: error instanceof Error ? error.message : String(error)
		}),
		true
	);
}

/** The SDK's SMSFailure, thrown when some or all parts carry a non-zero status. */
function perMessageFailure(error: unknown): Part[] | null {
	if (!(error instanceof Error) || !('getResponse' in error) || typeof error.getResponse !== 'function') return null;
	const response = error.getResponse() as SMSMessages | undefined;
	return response?.messages?.length ? response.messages : null;
}

/**
 * The SDK's VetchError carries the fetch Response of the answer. Recognised by shape: the
 * Response class of the SDK's fetch need not be the global one.
 */
function httpResponse(error: unknown): Response | null {
	if (!(error instanceof Error) || !('response' in error)) return null;
	const response = error.response as Partial<Response> | undefined;
	return typeof response?.status === 'number' && typeof response.headers?.get === 'function'
		? (response as Response)
		: null;
}
