import { eq } from 'drizzle-orm';
import { storedText } from '$lib/stored-text';
import type { Db } from '../../db';
import { deliveries } from '../../db/schema';
import { recordOutcome, type ProviderOutcome, type WebhookResult } from './delivery-outcome';
import { verifyVonageSignature } from './vonage-signature';

export interface VonageReceiptCall {
	/** VONAGE_SIGNATURE_SECRET; unset, nothing can be verified and every receipt is refused. */
	secret: string | undefined;
	/** VONAGE_SIGNATURE_METHOD: md5hash, md5, sha1, sha256 or sha512. */
	method: string;
	/** The receipt's parameters: the query string of a GET, or the JSON object of a POST. */
	params: Record<string, string>;
}

const FAILED = new Set(['failed', 'rejected', 'expired']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One delivery receipt (DLR) of Vonage's SMS API. The delivery is found by client-ref (our
 * delivery id, covered by the signature), which also names every part of a long SMS; by
 * messageId when it is missing. Vonage signs no freshness we could check across its retries,
 * but a replayed receipt only repeats news already applied: outcomes are idempotent.
 * Interim statuses (accepted, buffered, unknown) and unknown messages are acknowledged only.
 * A receipt for an SMS set aside "à vérifier" after a crash proves it left: the doubt is settled.
 */
export async function receiveVonageReceipt(db: Db, call: VonageReceiptCall): Promise<WebhookResult> {
	const { params } = call;
	if (!call.secret || !verifyVonageSignature(params, call.secret, call.method)) return 'unauthorized';
	const outcome = outcomeOf(params);
	if (!outcome) return 'ignored';
	const ref = params['client-ref'];
	const match =
		ref && UUID.test(ref)
			? eq(deliveries.id, ref)
			: params.messageId
				? eq(deliveries.providerMessageId, params.messageId)
				: null;
	if (!match) return 'invalid';
	const changed = await db.transaction((tx) => recordOutcome(tx, [eq(deliveries.channel, 'sms'), match], outcome));
	return changed.length ? 'applied' : 'ignored';
}

function outcomeOf(params: Record<string, string>): ProviderOutcome | null {
	if (params.status === 'delivered') return { status: 'delivered' };
	if (FAILED.has(params.status))
		return {
			status: 'failed',
			reason: storedText('sms_not_delivered', { status: params.status, code: params['err-code'] ?? '?' })
		};
	return null;
}
