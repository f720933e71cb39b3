import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { contacts, debtors, deliveries, organisations, reminders } from '../db/schema';
import { notifyDeliveryFailed } from '../push/notify';
import { loadMergeContext } from '../templates/merge-context';
import { renderContent } from '../templates/render';
import { recordEvents } from '../reminders/history';
import { ProviderError, type EmailSender, type SendResult, type SmsSender } from './channel';
import { settleReminder } from './settle';
import { config } from '../config';

export interface Senders {
	email: EmailSender;
	sms: SmsSender;
}

export const MAX_ATTEMPTS = 5;
/**
 * A delivery 'sending' for less than the lease is in a worker's hands (the provider call is
 * bounded by its timeout, far below); older, its worker died and its outcome is unknown.
 */
const leaseSeconds = () => config.deliveryLeaseSeconds;
const BASE_DELAY_SECONDS = 5;

export type DeliverOutcome =
	| { kind: 'sent' }
	| { kind: 'retry'; inSeconds: number }
	| { kind: 'failed'; error: string }
	| { kind: 'to_check' }
	| { kind: 'skipped' };

const UNKNOWN_OUTCOME = 'Issue inconnue après une interruption : vérifiez auprès du fournisseur avant de renvoyer';

/**
 * Sends one delivery at most once. The row is marked 'sending' and committed before the
 * provider is called: a delivery found 'sending' again was interrupted with its outcome
 * unknown, and is sent again only where the provider deduplicates by idempotency key;
 * otherwise a person checks it ('to_check'). Never two sends, never a silent drop.
 */
export async function deliver(db: Db, senders: Senders, deliveryId: string): Promise<DeliverOutcome> {
	const claimed = await db.transaction(async (tx) => {
		const [row] = await tx
			.select({
				delivery: deliveries,
				inFlight: sql<boolean>`${deliveries.status} = 'sending' and ${deliveries.updatedAt} > now() - make_interval(secs => ${leaseSeconds()})`
			})
			.from(deliveries)
			.innerJoin(reminders, eq(reminders.id, deliveries.reminderId))
			.where(eq(deliveries.id, deliveryId))
			.for('update', { of: deliveries, skipLocked: true });
		if (!row || row.inFlight) return null;
		const { delivery } = row;
		const sender = delivery.channel === 'email' ? senders.email : delivery.channel === 'sms' ? senders.sms : null;
		if (!sender) return null;
		if (delivery.status === 'sending' && !sender.deduplicates) {
			await markToCheck(tx, delivery);
			return 'to_check' as const;
		}
		if (delivery.status !== 'queued' && delivery.status !== 'sending') return null;
		await tx
			.update(deliveries)
			.set({ status: 'sending', attempts: sql`${deliveries.attempts} + 1`, updatedAt: sql`now()` })
			.where(eq(deliveries.id, deliveryId));
		return { delivery: { ...delivery, attempts: delivery.attempts + 1 }, sender };
	});
	if (claimed === null) return { kind: 'skipped' };
	if (claimed === 'to_check') return { kind: 'to_check' };
	const { delivery, sender } = claimed;

	let result: SendResult;
	try {
		result = await send(db, senders, delivery);
	} catch (error) {
		return db.transaction(async (tx) => {
			const message = error instanceof Error ? error.message : String(error);
			const ambiguous = error instanceof ProviderError && error.retryable && error.status === undefined && !sender.deduplicates;
			if (ambiguous) {
				await markToCheck(tx, delivery);
				return { kind: 'to_check' } as const;
			}
			if (error instanceof ProviderError && error.retryable && delivery.attempts < MAX_ATTEMPTS) {
				await tx.update(deliveries).set({ status: 'queued', lastError: message, updatedAt: sql`now()` }).where(eq(deliveries.id, delivery.id));
				const backoff = BASE_DELAY_SECONDS * 2 ** (delivery.attempts - 1);
				return { kind: 'retry', inSeconds: Math.max(backoff, error.retryAfterSeconds ?? 0) } as const;
			}
			await tx.update(deliveries).set({ status: 'failed', lastError: message, updatedAt: sql`now()` }).where(eq(deliveries.id, delivery.id));
			await settleReminder(tx, delivery.reminderId);
			return { kind: 'failed', error: message } as const;
		}).then(async (outcome) => {
			if (outcome.kind === 'failed') await tellFailure(db, delivery, outcome.error);
			return outcome;
		});
	}
	await db.transaction(async (tx) => {
		await tx
			.update(deliveries)
			.set({
				status: 'sent',
				providerMessageId: result.providerMessageId,
				segments: result.segments ?? null,
				lastError: '',
				sentAt: sql`now()`,
				updatedAt: sql`now()`
			})
			.where(and(eq(deliveries.id, delivery.id), eq(deliveries.status, 'sending')));
		await settleReminder(tx, delivery.reminderId);
	});
	return { kind: 'sent' };
}

type Delivery = typeof deliveries.$inferSelect;

async function send(db: Db, senders: Senders, delivery: Delivery): Promise<SendResult> {
	const [row] = await db
		.select({ reminder: reminders, contact: contacts, org: organisations })
		.from(reminders)
		.innerJoin(contacts, eq(contacts.id, delivery.contactId))
		.innerJoin(organisations, eq(organisations.id, reminders.organisationId))
		.where(eq(reminders.id, delivery.reminderId));
	const context = await loadMergeContext(db, row.org.id, row.reminder.debtorId, row.contact.id);
	if (!context) throw new ProviderError('Destinataire introuvable', false);
	const rendered = await renderContent(row.reminder.content, context);
	if (delivery.channel === 'email') {
		if (!row.contact.email) throw new ProviderError('Adresse e-mail absente', false);
		return senders.email.send({
			deliveryId: delivery.id,
			organisationId: row.org.id,
			from: row.org.emailFrom || `${row.org.name} <relances@relance.local>`,
			replyTo: row.org.emailReplyTo || undefined,
			to: row.contact.email,
			subject: rendered.emailSubject,
			html: rendered.emailHtml,
			text: rendered.emailText,
			idempotencyKey: delivery.id
		});
	}
	if (!row.contact.mobilePhone) throw new ProviderError('Numéro de mobile absent', false);
	return senders.sms.send({
		deliveryId: delivery.id,
		organisationId: row.org.id,
		from: row.org.smsSender,
		to: row.contact.mobilePhone,
		text: rendered.smsText
	});
}

/** Managers and agents learn of a failed delivery on their phones; a push problem never fails the delivery. */
async function tellFailure(db: Db, delivery: Delivery, error: string): Promise<void> {
	const [row] = await db
		.select({ debtorName: debtors.name })
		.from(reminders)
		.innerJoin(debtors, eq(debtors.id, reminders.debtorId))
		.where(eq(reminders.id, delivery.reminderId));
	await notifyDeliveryFailed(db, delivery.organisationId, {
		reminderId: delivery.reminderId,
		debtorName: row?.debtorName ?? '',
		channel: delivery.channel,
		error
	}).catch((e) => console.error('[push]', e));
}

async function markToCheck(tx: Parameters<Parameters<Db['transaction']>[0]>[0], delivery: Delivery) {
	await tx
		.update(deliveries)
		.set({ status: 'to_check', lastError: UNKNOWN_OUTCOME, updatedAt: sql`now()` })
		.where(eq(deliveries.id, delivery.id));
	const [reminder] = await tx.select({ organisationId: reminders.organisationId, debtorId: reminders.debtorId }).from(reminders).where(eq(reminders.id, delivery.reminderId));
	await recordEvents(tx, [
		{ organisationId: reminder.organisationId, reminderId: delivery.reminderId, debtorId: reminder.debtorId, action: 'to_check', reason: `${delivery.channel} : ${UNKNOWN_OUTCOME}` }
	]);
	await settleReminder(tx, delivery.reminderId);
}
