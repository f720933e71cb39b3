import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db';
import { outbox } from '../../db/schema';
import type { EmailSender, SendResult } from '../channel';

export type OutboxEntry = Omit<typeof outbox.$inferInsert, 'id' | 'createdAt'> & { deliveryId: string };

/**
 * "Sends" by keeping the message for the outbox page. One row per delivery (unique index on
 * delivery_id): a retry finds the row already there and answers the same id, so the outbox
 * deduplicates as a provider would.
 */
export async function writeToOutbox(db: Db, entry: OutboxEntry): Promise<SendResult> {
	const [inserted] = await db.insert(outbox).values(entry).onConflictDoNothing({ target: outbox.deliveryId }).returning({ id: outbox.id });
	const id = inserted?.id ?? (await db.select({ id: outbox.id }).from(outbox).where(eq(outbox.deliveryId, entry.deliveryId)))[0].id;
	return { providerMessageId: `outbox:${id}` };
}

/** The email channel when no Resend key is set: the embedded default and the demo. */
export function createOutboxEmailSender(db: Db): EmailSender {
	return {
		deduplicates: true,
		send: (email) =>
			writeToOutbox(db, {
				organisationId: email.organisationId,
				deliveryId: email.deliveryId,
				channel: 'email',
				recipient: email.to,
				subject: email.subject,
				text: email.text,
				html: email.html
			})
	};
}

/** What the outbox page shows: the organisation's latest messages, newest first. */
export function listOutbox(db: Db, organisationId: string, limit = 100) {
	return db
		.select({ id: outbox.id, channel: outbox.channel, recipient: outbox.recipient, subject: outbox.subject, text: outbox.text, createdAt: outbox.createdAt })
		.from(outbox)
		.where(eq(outbox.organisationId, organisationId))
		.orderBy(desc(outbox.createdAt), desc(outbox.id))
		.limit(limit);
}
