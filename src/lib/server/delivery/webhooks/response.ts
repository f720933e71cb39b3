import type { WebhookResult } from './delivery-outcome';

/**
 * 401 for a bad or missing signature, 400 for a signed call we cannot read, 200 otherwise,
 * also when nothing matched: providers retry anything else for hours.
 */
export function webhookResponse(result: WebhookResult): Response {
	if (result === 'unauthorized') return new Response('Invalid signature', { status: 401 });
	if (result === 'invalid') return new Response('Unreadable event', { status: 400 });
	return new Response(null, { status: 200 });
}
