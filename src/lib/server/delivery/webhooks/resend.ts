import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '../../db';
import { contacts, deliveries } from '../../db/schema';
import { recordOutcome, type ProviderOutcome, type WebhookResult } from './delivery-outcome';
import { verifySvixSignature, type SvixHeaders } from './svix-signature';
import { tellFailures } from '../failure-notice';

export interface ResendWebhookCall {
	/** RESEND_WEBHOOK_SECRET; unset, nothing can be verified and every call is refused. */
	secret: string | undefined;
	headers: SvixHeaders;
	/** The raw body: the signature covers its exact bytes. */
	body: string;
	now?: number;
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
	'email.bounced': (d) => ({ status: 'bounced', reason: `Adresse rejetée (${d.bounce?.type || 'bounce'}) : ${d.bounce?.message ?? ''}`.trim() }),
	'email.complained': () => ({ status: 'failed', reason: 'Le destinataire a signalé l’e-mail comme indésirable' }),
	'email.failed': (d) => ({ status: 'failed', reason: `Échec d’envoi : ${d.failed?.reason ?? ''}`.trim() }),
	'email.suppressed': (d) => ({ status: 'failed', reason: `Adresse bloquée par Resend : ${d.suppressed?.message ?? ''}`.trim() })
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

	const { changed, failures } = await db.transaction(async (tx) => {
		const recorded = await recordOutcome(tx, [eq(deliveries.channel, 'email'), eq(deliveries.providerMessageId, data.data.email_id)], outcome);
		if (outcome.status === 'bounced') await flagBouncedEmails(tx, recorded.changed.map((d) => d.contactId), data.data.to);
		return recorded;
	});
	await tellFailures(db, failures);
	return changed.length ? 'applied' : 'ignored';
}

/**
 * The address bounced: "à contrôler" again, even if a person had kept it before. Only while the
 * contact still has the address that bounced: a corrected one stays clean.
 */
async function flagBouncedEmails(tx: DbOrTx, contactIds: string[], recipients: string[]) {
	if (!contactIds.length || !recipients.length) return;
	await tx
		.update(contacts)
		.set({ emailCheck: 'bounce', emailCheckOverridden: false, updatedAt: sql`now()` })
		.where(and(inArray(contacts.id, contactIds), inArray(sql`lower(${contacts.email})`, recipients.map(bareAddress))));
}

/** "Hélène <h@example.fr>" → "h@example.fr", lower-cased as the comparison is. */
function bareAddress(recipient: string): string {
	return (/<([^>]+)>/.exec(recipient)?.[1] ?? recipient).trim().toLowerCase();
}

function parseJson(body: string): unknown {
	try {
		return JSON.parse(body);
	} catch {
		return null;
	}
}
