import type { RequestHandler } from './$types';
import { config } from '$lib/server/config';
import { receiveVonageReceipt } from '$lib/server/delivery/webhooks/vonage';
import { webhookResponse } from '$lib/server/delivery/webhooks/response';

/**
 * Vonage's delivery receipts, as GET or as POST-JSON (the "HTTP method" chosen for the
 * receipt URL in Vonage's dashboard). Not as form POST: SvelteKit refuses form posts that
 * come without our Origin (403) before any code of ours runs.
 */
export const GET: RequestHandler = ({ url, locals }) => receipt(locals.db, Object.fromEntries(url.searchParams));

export const POST: RequestHandler = async ({ request, locals }) => {
	const params = stringParams(await request.json().catch(() => null));
	return params ? receipt(locals.db, params) : webhookResponse('invalid');
};

async function receipt(db: App.Locals['db'], params: Record<string, string>) {
	const result = await receiveVonageReceipt(db, {
		secret: config.vonageSignatureSecret,
		method: config.vonageSignatureMethod,
		params
	});
	return webhookResponse(result);
}

/** A flat JSON object, its values as the strings Vonage signed. */
function stringParams(body: unknown): Record<string, string> | null {
	if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
	const entries = Object.entries(body);
	if (!entries.every(([, v]) => ['string', 'number', 'boolean'].includes(typeof v))) return null;
	return Object.fromEntries(entries.map(([k, v]) => [k, String(v)]));
}
