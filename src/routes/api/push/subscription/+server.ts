import { json, type RequestHandler } from '@sveltejs/kit';
import type { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { removeSubscription, saveSubscription } from '$lib/server/push/subscriptions';
import { subscribeSchema, unsubscribeSchema } from '$lib/server/push/subscription-schema';

/**
 * The browser's push subscription, as JSON. Only logged-in members get here (the route table).
 * Only JSON is read: a cross-site page cannot send it without a CORS preflight we never grant,
 * whereas a form could post JSON-looking text/plain.
 */
export const POST: RequestHandler = async ({ request, locals }) => {
	const parsed = await readJson(request, subscribeSchema);
	if (!parsed.ok) return parsed.response;
	const userAgent = (request.headers.get('user-agent') ?? '').slice(0, 300);
	await saveSubscription(locals.db, locals.user!.id, parsed.data, userAgent);
	return json({ subscribed: true }, { status: 201 });
};

export const DELETE: RequestHandler = async ({ request, locals }) => {
	const parsed = await readJson(request, unsubscribeSchema);
	if (!parsed.ok) return parsed.response;
	// Someone else's endpoint is left alone and answered like an unknown one.
	const removed = await removeSubscription(locals.db, locals.user!.id, parsed.data.endpoint);
	return json({ removed });
};

async function readJson<S extends z.ZodType>(request: Request, schema: S) {
	const refuse = (message: string) => ({ ok: false as const, response: json({ message }, { status: 400 }) });
	if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) return refuse(m.push_error_json());
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		return refuse(m.push_error_json());
	}
	const result = schema.safeParse(body);
	if (result.success) return { ok: true as const, data: result.data as z.output<S> };
	const [issue] = result.error.issues;
	if (issue.path.length === 0) return refuse(m.push_error_json());
	return refuse(m.push_error_invalid({ field: issue.path.join('.'), message: issue.message }));
}
