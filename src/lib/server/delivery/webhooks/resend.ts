import { eq } from 'drizzle-orm';
import { storedText } from '$lib/stored-text';
import { z } from 'zod';
import type { Db } from '../../db';
import { deliveries } from '../../db/schema';
import { fallBack, type Enqueue } from '../fallback';
import { recordOutcome, type ProviderOutcome, type WebhookResult } from './delivery-outcome';
import { verifySvixSignature, type SvixHeaders } from './svix-signature';
import { enqueueDeliveries } from '../queue';

export interface ResendWebhookCall {
	/** RESEND_WEBHOOK_SECRET; unset, nothing can be verified and every call is refused. */
	secret: string | undefined;
	headers: SvixHeaders;
	/** The raw body: the signature covers its exact bytes. */
	body: string;
	now?: number;
	/** Hands an SMS that replaces a bounced email to the queue, in the transaction that makes it. */
	enqueue?: Enqueue;
}

const envelope = z.object({ type: z.string(), data: z.unknown() });

const emailEvent = z.object({
	email_id: z.string().min(1),
	to: z.array(z.string()).default([]),
	bounce: z.object({ type: z.string().default(''), message: z.string().default('') }).optional(),
	failed: z.object({ reason: z.string().default('') }).optional(),
	suppressed: z.object({ message: z.string().default('') }).optional()
});
type EmailEvent = z.infer<typeof emailEvent>;

/** The events that change a delivery; the others (sent, opened, clicked, delayed…) are only acknowledged. */
const OUTCOMES: Record<string, (data: EmailEvent) => ProviderOutcome> = {
	'email.delivered': () => ({ status: 'delivered' }),
	'email.bounced': (d) => ({
		status: 'bounced',
		reason: storedText('provider_bounced', { type: d.bounce?.type || 'bounce', message: d.bounce?.message ?? '' })
	}),
	'email.complained': () => ({ status: 'failed', reason: storedText('provider_complained') }),
	'email.failed': (d) => ({
		status: 'failed',
		reason: storedText('provider_failed', { message: d.failed?.reason ?? '' })
	}),
	'email.suppressed': (d) => ({
		status: 'failed',
		reason: storedText('provider_suppressed', { message: d.suppressed?.message ?? '' })
	})
};

/**
 * One signed call of Resend's webhook. Deliveries are found by the id Resend gave the email;
 * an id we do not know is acknowledged and ignored, so Resend does not retry it for days.
 */
export async function receiveResendWebhook(db: Db, call: ResendWebhookCall): Promise<WebhookResult> {
	if (!call.secret || !verifySvixSignature(call.secret, call.headers, call.body, call.now)) return 'unauthorized';
	const event = envelope.safeParse(parseJson(call.body));
	if (!event.success) return 'invalid';
	const outcomeOf = OUTCOMES[event.data.type];
	if (!outcomeOf) return 'ignored';
	const data = emailEvent.safeParse(event.data.data);
	if (!data.success) return 'invalid';
	const outcome = outcomeOf(data.data);

	// A hard bounce falls back to another channel.
	const forGood = outcome.status === 'bounced' && data.data.bounce?.type === 'Permanent';
	const changed = await db.transaction((tx) =>
		recordOutcome(
			tx,
			[eq(deliveries.channel, 'email'), eq(deliveries.providerMessageId, data.data.email_id)],
			outcome,
			async (changed) => {
				if (!forGood) return;
				const reason = data.data.bounce?.message || data.data.bounce?.type || '';
				await fallBack(
					tx,
					changed.map((d) => ({ deliveryId: d.id, recipients: data.data.to, reason })),
					'bounce',
					call.enqueue ?? enqueueDeliveries
				);
			}
		)
	);
	return changed.length ? 'applied' : 'ignored';
}

function parseJson(body: string): unknown {
	try {
		return JSON.parse(body);
	} catch {
		return null;
	}
}
