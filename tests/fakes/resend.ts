import { createHash, randomUUID } from 'node:crypto';
import {
	startProviderServer,
	type FakeOptions,
	type FakeReply,
	type ProviderServer,
	type RecordedRequest
} from './provider-server';

export interface FakeResend extends ProviderServer {
	/**
	 * Emails that "left": a repeated Idempotency-Key sends nothing, as Resend does. `deliveryId`
	 * is the email's `delivery` tag, which names the delivery inside a batch.
	 */
	delivered: { id: string; idempotencyKey?: string; deliveryId?: string; email: Record<string, unknown> }[];
	/** Calls answered from an earlier one under the same key: nothing sent. */
	readonly repeated: number;
}

/** Resend's error body: the SDK reads statusCode, name and message from it. */
export function resendError(
	status: number,
	name: string,
	message: string,
	headers: Record<string, string> = {}
): FakeReply {
	return { status, body: { statusCode: status, name, message }, headers };
}

/**
 * A local stand-in for Resend's API: POST /emails and POST /emails/batch answer ids, and a
 * repeated Idempotency-Key answers the first response again without sending (a different
 * payload under the same key is refused, 409, as Resend does).
 */
export async function startFakeResend(options: FakeOptions = {}): Promise<FakeResend> {
	const delivered: FakeResend['delivered'] = [];
	const seen = new Map<string, { payload: string; reply: FakeReply }>();
	let repeated = 0;

	const send = (request: RecordedRequest, make: () => FakeReply): FakeReply => {
		const header = request.headers['idempotency-key'];
		const key = Array.isArray(header) ? header[0] : header;
		const body = JSON.stringify(request.body);
		const payload = options.light ? createHash('sha256').update(body).digest('base64') : body;
		const previous = key ? seen.get(`${request.path} ${key}`) : undefined;
		if (previous) {
			repeated++;
			return previous.payload === payload
				? previous.reply
				: resendError(409, 'invalid_idempotent_request', 'Same idempotency key used with a different request payload.');
		}
		const reply = make();
		if (key) seen.set(`${request.path} ${key}`, { payload, reply });
		return reply;
	};
	const deliver = (email: Record<string, unknown>, idempotencyKey?: string) => {
		const id = randomUUID();
		const tags = (email.tags ?? []) as { name: string; value: string }[];
		delivered.push({
			id,
			idempotencyKey,
			deliveryId: tags.find((t) => t.name === 'delivery')?.value,
			email: options.light ? {} : email
		});
		return id;
	};
	// Resend refuses an address it cannot parse; the fake, one without "@".
	const invalid = (email: Record<string, unknown>) =>
		![email.to].flat().every((to) => typeof to === 'string' && to.includes('@'));

	const server = await startProviderServer(
		(request) => {
			if (!request.headers.authorization?.startsWith('Bearer '))
				return resendError(401, 'missing_api_key', 'Missing API key in the authorization header.');
			const key = request.headers['idempotency-key'] as string | undefined;
			if (request.method === 'POST' && request.path === '/emails') {
				const email = request.body as Record<string, unknown>;
				return send(request, () =>
					invalid(email)
						? resendError(
								422,
								'validation_error',
								'Invalid `to` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.'
							)
						: { status: 200, body: { id: deliver(email, key) } }
				);
			}
			if (request.method === 'POST' && request.path === '/emails/batch') {
				const emails = request.body as Record<string, unknown>[];
				const permissive = request.headers['x-batch-validation'] === 'permissive';
				return send(request, () => {
					const bad = emails.flatMap((email, index) => (invalid(email) ? [index] : []));
					if (bad.length && !permissive)
						return resendError(422, 'validation_error', `Invalid \`to\` field (email ${bad[0]}).`);
					return {
						status: 200,
						body: {
							data: emails.flatMap((email, index) => (bad.includes(index) ? [] : [{ id: deliver(email, key) }])),
							...(permissive ? { errors: bad.map((index) => ({ index, message: 'Invalid `to` field.' })) } : {})
						}
					};
				});
			}
			return resendError(404, 'not_found', 'Not found');
		},
		() => {
			delivered.length = 0;
			seen.clear();
			repeated = 0;
		},
		options
	);
	return Object.defineProperties(Object.assign(server, { delivered }), {
		repeated: { get: () => repeated }
	}) as FakeResend;
}
