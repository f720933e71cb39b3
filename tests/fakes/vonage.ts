import { randomBytes } from 'node:crypto';
import { SegmentedMessage } from 'sms-segments-calculator';
import { startProviderServer, type FakeReply, type ProviderServer } from './provider-server';

export interface FakeVonage extends ProviderServer {
	/** SMS that "left", with the parts Vonage billed. */
	sent: { to: string; from: string; text: string; type: string; clientRef?: string; messageIds: string[] }[];
}

/** An HTTP 200 answer whose single message carries an error status, as Vonage refuses an SMS. */
export function vonageStatus(status: string, errorText: string): FakeReply {
	return { status: 200, body: { 'message-count': '1', messages: [{ status, 'error-text': errorText }] } };
}

const messageId = () => randomBytes(8).toString('hex').toUpperCase();

/**
 * A local stand-in for Vonage's SMS API: POST /sms/json (JSON, as the SDK sends it, or a form)
 * answers one message per part, each with its message-id, and echoes client-ref.
 */
export async function startFakeVonage(): Promise<FakeVonage> {
	const sent: FakeVonage['sent'] = [];
	const server = await startProviderServer(
		(request) => {
			if (request.method !== 'POST' || request.path !== '/sms/json')
				return { status: 404, body: { error: 'not found' } };
			const params = (request.body ?? {}) as Record<string, string>;
			const authorised = request.headers.authorization?.startsWith('Basic ') || (params.api_key && params.api_secret);
			if (!authorised) return vonageStatus('2', 'Missing api_key');
			if (!params.to || !params.from || !params.text) return vonageStatus('2', 'Missing to, from or text');
			// Vonage bills UCS-2 parts for "unicode", GSM-7 parts otherwise.
			const parts = new SegmentedMessage(params.text, params.type === 'unicode' ? 'UCS-2' : 'auto').segmentsCount;
			const messageIds = Array.from({ length: parts }, messageId);
			sent.push({
				to: params.to,
				from: params.from,
				text: params.text,
				type: params.type ?? 'text',
				clientRef: params['client-ref'],
				messageIds
			});
			return {
				status: 200,
				body: {
					'message-count': String(parts),
					messages: messageIds.map((id) => ({
						to: params.to,
						'message-id': id,
						status: '0',
						'remaining-balance': '12.34',
						'message-price': '0.0520',
						network: '20801',
						...(params['client-ref'] ? { 'client-ref': params['client-ref'] } : {})
					}))
				}
			};
		},
		() => {
			sent.length = 0;
		}
	);
	return Object.assign(server, { sent });
}
