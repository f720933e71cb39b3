import type { RequestHandler } from './$types';
import { config } from '$lib/server/config';
import { receiveResendWebhook } from '$lib/server/delivery/webhooks/resend';
import { webhookResponse } from '$lib/server/delivery/webhooks/response';

/** Resend's signed events (JSON, so SvelteKit's CSRF check, which only guards forms, lets them in). */
export const POST: RequestHandler = async ({ request, locals }) => {
	const result = await receiveResendWebhook(locals.db, {
		secret: config.resendWebhookSecret,
		headers: {
			id: request.headers.get('svix-id'),
			timestamp: request.headers.get('svix-timestamp'),
			signature: request.headers.get('svix-signature')
		},
		body: await request.text()
	});
	return webhookResponse(result);
};
