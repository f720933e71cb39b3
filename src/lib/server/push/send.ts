import type https from 'node:https';
import webpush, { WebPushError } from 'web-push';
import type { DbOrTx } from '../db';
import { forgetSubscription, type StoredSubscription } from './subscriptions';
import { vapidDetails } from './vapid';

/** What the service worker shows: `url` is the screen a tap opens. */
export interface PushPayload {
	title: string;
	body: string;
	url: string;
	tag?: string;
	actions?: { action: string; title: string }[];
}

export interface SendOptions {
	/** The TLS agent to reach push services with: tests give one that trusts their fake. */
	agent?: https.Agent;
}

export interface SendResult {
	sent: number;
	removed: number;
	failed: number;
}

/**
 * The built app, run in-process by HTTP tests, cannot be handed an option: those tests put the
 * agent that trusts their fake push service here, as they do the database.
 */
export const INJECTED_PUSH_AGENT = Symbol.for('relance.pushAgent');

/** A notification that arrives a day late is no longer news: the push service may drop it. */
const TTL_SECONDS = 24 * 60 * 60;
/** A push service that hangs must not hold up the scheduler that called us. */
const TIMEOUT_MS = 10_000;
/** The push service's answer for a subscription the browser dropped or that expired. */
const GONE = new Set([404, 410]);

/**
 * Sends one payload to each subscription. Gone subscriptions are deleted; any other failure is
 * logged and counted, never thrown: a notification is a courtesy, the caller's work goes on.
 */
export async function sendToSubscriptions(
	db: DbOrTx,
	subscriptions: StoredSubscription[],
	payload: PushPayload,
	options: SendOptions = {}
): Promise<SendResult> {
	const result: SendResult = { sent: 0, removed: 0, failed: 0 };
	if (!subscriptions.length) return result;
	const agent = options.agent ?? (globalThis as { [INJECTED_PUSH_AGENT]?: https.Agent })[INJECTED_PUSH_AGENT];
	const body = JSON.stringify(payload);
	let vapid: Awaited<ReturnType<typeof vapidDetails>>;
	try {
		vapid = await vapidDetails(db);
	} catch (error) {
		console.error('[push] no VAPID keys, nothing sent', error);
		return { ...result, failed: subscriptions.length };
	}
	await Promise.all(
		subscriptions.map(async (subscription) => {
			try {
				await webpush.sendNotification(
					{ endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
					body,
					{ vapidDetails: vapid, TTL: TTL_SECONDS, timeout: TIMEOUT_MS, ...(agent ? { agent } : {}) }
				);
				result.sent++;
			} catch (error) {
				if (error instanceof WebPushError && GONE.has(error.statusCode)) {
					await forgetSubscription(db, subscription.id).then(
						() => result.removed++,
						(cause) => {
							console.error('[push] could not delete a gone subscription', cause);
							result.failed++;
						}
					);
					return;
				}
				result.failed++;
				console.error(`[push] sending to ${new URL(subscription.endpoint).origin} failed:`, describe(error));
			}
		})
	);
	return result;
}

/** The push service's status and answer, not the endpoint: its path identifies a device. */
function describe(error: unknown): string {
	if (error instanceof WebPushError) return `${error.statusCode} ${error.body}`.trim();
	return error instanceof Error ? error.message : String(error);
}
