import { and, desc, eq, ilike, inArray } from 'drizzle-orm';
import type { Db } from '../../db';
import { outbox } from '../../db/schema';
import type { EmailSender, OutgoingEmail, SendResult } from '../channel';

export type OutboxEntry = Omit<typeof outbox.$inferInsert, 'id' | 'createdAt'> & { deliveryId: string };

/**
 * "Sends" by keeping the messages for the outbox page. One row per delivery (unique index on
 * delivery_id): a retry finds the row already there and answers the same id, so the outbox
 * deduplicates as a provider would.
 */
export async function writeToOutbox(db: Db, entries: OutboxEntry[]): Promise<SendResult[]> {
	if (!entries.length) return [];
	await db.insert(outbox).values(entries).onConflictDoNothing({ target: outbox.deliveryId });
	const rows = await db
		.select({ id: outbox.id, deliveryId: outbox.deliveryId })
		.from(outbox)
		.where(
			inArray(
				outbox.deliveryId,
				entries.map((e) => e.deliveryId)
			)
		);
	const ids = new Map(rows.map((r) => [r.deliveryId, r.id]));
	return entries.map((e) => ({ providerMessageId: `outbox:${ids.get(e.deliveryId)}` }));
}

const emailEntry = (email: OutgoingEmail): OutboxEntry => ({
	organisationId: email.organisationId,
	deliveryId: email.deliveryId,
	channel: 'email',
	recipient: email.to,
	subject: email.subject,
	text: email.text,
	html: email.html
});

/** The email channel when no Resend key is set: the embedded default and the demo. */
export function createOutboxEmailSender(db: Db): EmailSender {
	return {
		deduplicates: true,
		send: async (email) => (await writeToOutbox(db, [emailEntry(email)]))[0],
		sendBatch: (emails) => writeToOutbox(db, emails.map(emailEntry))
	};
}

/**
 * What the outbox page shows: the organisation's latest messages, newest first, to one recipient
 * if asked; its invitations to admins only.
 */
export function listOutbox(db: Db, organisationId: string, recipient = '', limit = 100, admin = false) {
	return db
		.select({
			id: outbox.id,
			channel: outbox.channel,
			recipient: outbox.recipient,
			subject: outbox.subject,
			text: outbox.text,
			createdAt: outbox.createdAt
		})
		.from(outbox)
		.where(
			and(
				eq(outbox.organisationId, organisationId),
				admin ? undefined : eq(outbox.adminsOnly, false),
				recipient ? ilike(outbox.recipient, `%${recipient.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined
			)
		)
		.orderBy(desc(outbox.createdAt), desc(outbox.id))
		.limit(limit);
}
