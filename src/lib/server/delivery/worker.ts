import { createHash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { storedText } from '$lib/stored-text';
import { and, eq, sql } from 'drizzle-orm';
import { anyId, idRows, rowsOf, textArray } from '../db/arrays';
import type { Db, DbOrTx } from '../db';
import { contacts, debtors, deliveries, organisationColumns, organisations, reminders } from '../db/schema';
import { buildMergeContext, unpaidInvoices } from '../templates/merge-context';
import { recordEvents, type ReminderEvent } from '../lifecycle/history';
import {
	EMAIL_BATCH_LIMIT,
	InvalidRecipientError,
	ProviderError,
	type EmailSender,
	type OutgoingEmail,
	type OutgoingSms,
	type SendResult,
	type SmsSender
} from './channel';
import { lockReminders, settleReminders } from './settle';
import { fallBack } from './fallback';
import { composeEmail, composeSms } from '../templates/compose';
import { config } from '../config';
import { enqueue } from '../queue';
import { dayIn } from '../clock';

export interface Senders {
	email: EmailSender;
	sms: SmsSender;
}

export const MAX_ATTEMPTS = 5;
const BASE_DELAY_SECONDS = 5;
/**
 * SMS have no batch endpoint: this many calls in flight per job, so that a job of 100 whose
 * every call times out (4 rounds of PROVIDER_TIMEOUT_MS) still ends inside the lease.
 */
const SMS_IN_FLIGHT = 25;
/**
 * A job's messages are written a few milliseconds at a time, the requests that came meanwhile
 * answered in between: a hundred emails written at once held every page waiting for tens of ms.
 */
const COMPOSE_SLICE_MS = 4;

export type DeliverOutcome =
	| { kind: 'sent' }
	| { kind: 'retry'; inSeconds: number }
	| { kind: 'failed'; error: string }
	| { kind: 'to_check' }
	| { kind: 'skipped' };

/** Hands deliveries back to the queue, in the transaction that sets them back to 'queued'. */
export type Requeue = (tx: DbOrTx, deliveryIds: string[], inSeconds: number) => Promise<void>;

const UNKNOWN_OUTCOME = storedText('unknown_outcome');
const KEY_REUSED = storedText('key_reused');

type Claimed = {
	id: string;
	reminderId: string;
	organisationId: string;
	debtorId: string;
	channel: string;
	attempts: number;
	batchKey: string;
	recovered: boolean;
};

/**
 * Sends a job's deliveries, each at most once. They are marked 'sending', with the idempotency
 * key they leave under, and committed before any provider is called: a delivery found
 * 'sending' again was interrupted with its outcome unknown, and is sent again, under the same
 * key with the same companions, only where the provider deduplicates; otherwise a person checks
 * it ('to_check'). Emails leave by provider batches, SMS one by one. Never two sends, never a
 * silent drop. The database work is per job, not per delivery: three transactions in all.
 */
export async function deliverBatch(
	db: Db,
	senders: Senders,
	deliveryIds: string[],
	requeue?: Requeue
): Promise<Map<string, DeliverOutcome>> {
	const outcomes = new Map<string, DeliverOutcome>(deliveryIds.map((id) => [id, { kind: 'skipped' }]));
	const { claimed, toCheck } = await claim(db, senders, deliveryIds);
	if (toCheck.length) {
		const marked = await db.transaction((tx) => markToCheck(tx, toCheck, UNKNOWN_OUTCOME, { onlyIfStale: true }));
		for (const id of marked) outcomes.set(id, { kind: 'to_check' });
	}
	if (!claimed.length) return outcomes;

	const results = new Map<string, SendResult | Error>();
	const messages = await compose(db, claimed, results);
	await Promise.all([
		sendEmails(senders.email, claimed, messages, results),
		sendSms(senders.sms, claimed, messages, results)
	]);

	await record(db, senders, claimed, messages, results, outcomes, requeue);
	return outcomes;
}

const leaseSeconds = () => config.deliveryLeaseSeconds;

type Owned = { id: string; reminderId: string };

/**
 * Takes the deliveries that are free to send. Those found interrupted on a provider that cannot
 * deduplicate are only returned: they are set aside in a transaction of their own, which takes
 * the reminders' locks before the deliveries' (see lockReminders).
 */
async function claim(db: Db, senders: Senders, ids: string[]): Promise<{ claimed: Claimed[]; toCheck: Owned[] }> {
	return db.transaction(async (tx) => {
		const rows = await tx
			.select({
				id: deliveries.id,
				channel: deliveries.channel,
				status: deliveries.status,
				attempts: deliveries.attempts,
				batchKey: deliveries.batchKey,
				reminderId: deliveries.reminderId,
				organisationId: deliveries.organisationId,
				debtorId: reminders.debtorId,
				inFlight: sql<boolean>`${deliveries.status} = 'sending' and ${deliveries.updatedAt} > now() - make_interval(secs => ${leaseSeconds()})`
			})
			.from(deliveries)
			.innerJoin(reminders, eq(reminders.id, deliveries.reminderId))
			.where(anyId(deliveries.id, ids))
			.orderBy(deliveries.id)
			.for('update', { of: deliveries, skipLocked: true });
		const toCheck: typeof rows = [];
		const fresh: Claimed[] = [];
		const recovered: Claimed[] = [];
		for (const row of rows) {
			const sender = row.channel === 'email' ? senders.email : row.channel === 'sms' ? senders.sms : null;
			if (!sender || row.inFlight) continue;
			if (row.status === 'sending' && !sender.deduplicates) toCheck.push(row);
			else if (row.status === 'queued')
				fresh.push({ ...row, attempts: row.attempts + 1, batchKey: row.id, recovered: false });
			else if (row.status === 'sending')
				recovered.push({ ...row, attempts: row.attempts + 1, batchKey: row.batchKey ?? row.id, recovered: true });
		}
		const emails = fresh.filter((d) => d.channel === 'email');
		for (let i = 0; i < emails.length; i += EMAIL_BATCH_LIMIT) {
			const group = emails.slice(i, i + EMAIL_BATCH_LIMIT);
			if (group.length < 2) continue;
			const key = `batch-${createHash('sha256')
				.update(group.map((d) => d.id).join('\n'))
				.digest('hex')}`;
			for (const d of group) d.batchKey = key;
		}
		const sending = [...fresh, ...recovered];
		const claimed = { claimed: sending, toCheck: toCheck.map(({ id, reminderId }) => ({ id, reminderId })) };
		if (sending.length)
			await tx.execute(sql`
				update ${deliveries} as d
				set status = 'sending', attempts = d.attempts + 1, batch_key = v.batch_key, updated_at = now()
				from (select unnest(${textArray(sending.map((s) => s.id))})::uuid as id, unnest(${textArray(sending.map((s) => s.batchKey))}) as batch_key) v
				where d.id = v.id`);
		return claimed;
	});
}

type ComposeRow = {
	id: string;
	content: (typeof reminders.$inferSelect)['content'];
	debtorId: string;
	organisationId: string;
} & Pick<
	typeof contacts.$inferSelect,
	| 'civility'
	| 'firstName'
	| 'lastName'
	| 'addressLine1'
	| 'addressLine2'
	| 'postalCode'
	| 'city'
	| 'email'
	| 'mobilePhone'
> &
	Pick<typeof debtors.$inferSelect, 'name' | 'accountNumber' | 'leaseReference'>;

type Message = ({ kind: 'email'; email: OutgoingEmail } | { kind: 'sms'; sms: OutgoingSms }) & { to: string };

/** Every claimed delivery's message, from three queries; what cannot be composed fails for good. */
async function compose(
	db: Db,
	claimed: Claimed[],
	results: Map<string, SendResult | Error>
): Promise<Map<string, Message>> {
	// Driven by the ids, one index lookup per table and delivery (see idRows): a plan that stays
	// a hundred lookups however large the tables grow, statistics or not. Plain columns: they
	// cost the engine and the driver less than rows built as JSON.
	const rows = rowsOf<ComposeRow>(
		await db.execute(sql`
			select k.id, r.content, r.debtor_id as "debtorId", d.organisation_id as "organisationId",
				c.civility, c.first_name as "firstName", c.last_name as "lastName", c.address_line1 as "addressLine1",
				c.address_line2 as "addressLine2", c.postal_code as "postalCode", c.city, c.email, c.mobile_phone as "mobilePhone",
				b.name, b.account_number as "accountNumber", b.lease_reference as "leaseReference"
			from ${idRows(claimed.map((d) => d.id))}
			cross join lateral (select reminder_id, organisation_id, contact_id from ${deliveries} where id = k.id offset 0) d
			cross join lateral (select content, debtor_id from ${reminders} where id = d.reminder_id offset 0) r
			cross join lateral (select name, account_number, lease_reference, organisation_id from ${debtors} where id = r.debtor_id offset 0) b
			cross join lateral (select * from ${contacts} where id = d.contact_id offset 0) c
			-- The recipient must be the debtor's, in the delivery's organisation.
			where b.organisation_id = d.organisation_id and c.debtor_id = r.debtor_id`)
	);
	const [unpaid, orgRows] = await Promise.all([
		unpaidInvoices(db, [...new Set(rows.map((r) => r.debtorId))]),
		db
			.select({ ...organisationColumns, today: dayIn(organisations.timezone) })
			.from(organisations)
			.where(anyId(organisations.id, [...new Set(rows.map((r) => r.organisationId))]))
	]);
	const organisationOf = new Map(orgRows.map((o) => [o.id, o]));
	const byId = new Map(rows.map((r) => [r.id, r]));
	const messages = new Map<string, Message>();
	let sliceStart = performance.now();
	for (const delivery of claimed) {
		if (performance.now() - sliceStart > COMPOSE_SLICE_MS) {
			await nextTurn();
			sliceStart = performance.now();
		}
		const row = byId.get(delivery.id);
		try {
			const organisation = row && organisationOf.get(row.organisationId);
			if (!row || !organisation) throw new ProviderError(storedText('no_recipient'), false);
			// A row holds the recipient's and the debtor's columns side by side.
			const contact = row;
			const context = buildMergeContext({
				debtor: row,
				organisation,
				contact,
				unpaid: unpaid.get(row.debtorId) ?? [],
				today: organisation.today
			});
			if (delivery.channel === 'email') {
				if (!contact.email) throw new ProviderError(storedText('no_email'), false);
				messages.set(delivery.id, {
					kind: 'email',
					to: contact.email,
					email: {
						deliveryId: delivery.id,
						organisationId: organisation.id,
						...composeEmail(organisation, contact.email, row.content, context),
						idempotencyKey: delivery.batchKey
					}
				});
			} else {
				if (!contact.mobilePhone) throw new ProviderError(storedText('no_mobile'), false);
				messages.set(delivery.id, {
					kind: 'sms',
					to: contact.mobilePhone,
					sms: {
						deliveryId: delivery.id,
						organisationId: organisation.id,
						...composeSms(organisation, contact.mobilePhone, row.content, context)
					}
				});
			}
		} catch (error) {
			results.set(
				delivery.id,
				error instanceof ProviderError
					? error
					: new ProviderError(error instanceof Error ? error.message : String(error), false)
			);
		}
	}
	return messages;
}

/**
 * Emails leave in the groups they were claimed in, each under its key: a group of one through
 * the single endpoint under the delivery's id, larger ones through the batch endpoint.
 */
async function sendEmails(
	sender: EmailSender,
	claimed: Claimed[],
	messages: Map<string, Message>,
	results: Map<string, SendResult | Error>
) {
	const groups = new Map<string, OutgoingEmail[]>();
	for (const d of claimed) {
		const message = messages.get(d.id);
		if (message?.kind !== 'email') continue;
		const group = groups.get(d.batchKey);
		if (group) group.push(message.email);
		else groups.set(d.batchKey, [message.email]);
	}
	await Promise.all(
		[...groups].map(async ([key, emails]) => {
			try {
				if (emails.length === 1 && key === emails[0].deliveryId) results.set(key, await sender.send(emails[0]));
				else (await sender.sendBatch(emails, key)).forEach((result, i) => results.set(emails[i].deliveryId, result));
			} catch (error) {
				for (const email of emails) results.set(email.deliveryId, asError(error));
			}
		})
	);
}

async function sendSms(
	sender: SmsSender,
	claimed: Claimed[],
	messages: Map<string, Message>,
	results: Map<string, SendResult | Error>
) {
	const queue = claimed.flatMap((d) => {
		const message = messages.get(d.id);
		return message?.kind === 'sms' ? [message.sms] : [];
	});
	const run = async () => {
		for (let sms = queue.shift(); sms; sms = queue.shift()) {
			try {
				results.set(sms.deliveryId, await sender.send(sms));
			} catch (error) {
				results.set(sms.deliveryId, asError(error));
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(SMS_IN_FLIGHT, queue.length) }, run));
}

/** Every outcome in one transaction: statuses, retries handed back to the queue, history, settling, the failures' notice. */
async function record(
	db: Db,
	senders: Senders,
	claimed: Claimed[],
	messages: Map<string, Message>,
	results: Map<string, SendResult | Error>,
	outcomes: Map<string, DeliverOutcome>,
	requeue?: Requeue
): Promise<void> {
	const sent: { id: string; result: SendResult }[] = [];
	const toCheck: Owned[] = [];
	const keyReused: Owned[] = [];
	const retries = new Map<number, { id: string; error: string }[]>();
	const failed: { id: string; error: string }[] = [];
	for (const d of claimed) {
		const result = results.get(d.id) ?? new ProviderError(storedText('no_answer'), true);
		if (!(result instanceof Error)) {
			sent.push({ id: d.id, result });
			outcomes.set(d.id, { kind: 'sent' });
			continue;
		}
		const sender = d.channel === 'email' ? senders.email : senders.sms;
		const provider = result instanceof ProviderError ? result : null;
		if (provider?.retryable && provider.status === undefined && !sender.deduplicates) {
			toCheck.push(d);
			outcomes.set(d.id, { kind: 'to_check' });
		} else if (d.recovered && provider?.status === 409 && !provider.retryable) {
			// The key was used before with other content: whether the first send left is unknown.
			keyReused.push(d);
			outcomes.set(d.id, { kind: 'to_check' });
		} else if (provider?.retryable && d.attempts < MAX_ATTEMPTS) {
			const inSeconds = Math.max(BASE_DELAY_SECONDS * 2 ** (d.attempts - 1), provider.retryAfterSeconds ?? 0);
			retries.set(inSeconds, [...(retries.get(inSeconds) ?? []), { id: d.id, error: result.message }]);
			outcomes.set(d.id, { kind: 'retry', inSeconds });
		} else {
			failed.push({ id: d.id, error: result.message });
			outcomes.set(d.id, { kind: 'failed', error: result.message });
		}
	}

	await db.transaction(async (tx) => {
		await lockReminders(
			tx,
			claimed.map((d) => d.reminderId)
		);
		if (sent.length)
			await tx.execute(sql`
				update ${deliveries} as d
				set status = 'sent', provider_message_id = v.message_id, segments = v.segments, last_error = '', sent_at = now(), updated_at = now()
				from (select unnest(${textArray(sent.map((s) => s.id))})::uuid as id,
					unnest(${textArray(sent.map((s) => s.result.providerMessageId))}) as message_id,
					unnest(${textArray(sent.map((s) => (s.result.segments === undefined ? null : String(s.result.segments))))})::int as segments) v
				where d.id = v.id and d.status = 'sending'`);
		await markToCheck(tx, toCheck, UNKNOWN_OUTCOME, { locked: true });
		await markToCheck(tx, keyReused, KEY_REUSED, { locked: true });
		for (const [inSeconds, group] of retries) {
			await setError(tx, group, 'queued');
			await requeue?.(
				tx,
				group.map((g) => g.id),
				inSeconds
			);
		}
		await setError(tx, failed, 'failed');
		// An address the provider refused will never take the email: its reminder falls back now.
		const refused = failed.filter((f) => results.get(f.id) instanceof InvalidRecipientError);
		await fallBack(
			tx,
			refused.map((f) => ({
				deliveryId: f.id,
				recipients: [messages.get(f.id)?.to ?? ''].filter(Boolean),
				reason: f.error
			})),
			'refused',
			requeue && ((tx, ids) => requeue(tx, ids, 0))
		);

		const errors = new Map(failed.map((f) => [f.id, f.error]));
		const ended = claimed.filter((d) => outcomes.get(d.id)?.kind === 'sent' || errors.has(d.id));
		await settleReminders(
			tx,
			ended.map((d) => d.reminderId),
			{ locked: true, alongside: ended.map((d) => deliveryEvent(d, messages.get(d.id)?.to ?? '', errors.get(d.id))) }
		);
		const failures = ended
			.filter((d) => errors.has(d.id))
			.map((d) => ({
				reminderId: d.reminderId,
				organisationId: d.organisationId,
				channel: d.channel,
				error: errors.get(d.id)!
			}));
		if (failures.length) await enqueue(tx, 'tell-failures', [{ failures }]);
	});
}

/** One history line per delivery that ended: where it went, and the provider's word if it failed. */
function deliveryEvent(r: Claimed, to: string, error: string | undefined): ReminderEvent {
	return {
		organisationId: r.organisationId,
		reminderId: r.reminderId,
		debtorId: r.debtorId,
		action: error === undefined ? 'delivery_sent' : 'delivery_failed',
		reason: storedText('delivery', error === undefined ? { channel: r.channel, to } : { channel: r.channel, to, error })
	};
}

async function setError(tx: DbOrTx, group: { id: string; error: string }[], status: 'queued' | 'failed') {
	if (!group.length) return;
	await tx.execute(sql`
		update ${deliveries} as d
		set status = ${status}, last_error = v.error, updated_at = now()
		from (select unnest(${textArray(group.map((g) => g.id))})::uuid as id, unnest(${textArray(group.map((g) => g.error))}) as error) v
		where d.id = v.id`);
}

/** Sets deliveries aside for a person, with the reason in their reminders' history; answers those it set aside. */
async function markToCheck(
	tx: DbOrTx,
	owned: Owned[],
	reason: string,
	{ onlyIfStale = false, locked = false } = {}
): Promise<string[]> {
	if (!owned.length) return [];
	if (!locked)
		await lockReminders(
			tx,
			owned.map((d) => d.reminderId)
		);
	const marked = await tx
		.update(deliveries)
		.set({ status: 'to_check', lastError: reason, updatedAt: sql`now()` })
		.where(
			and(
				anyId(
					deliveries.id,
					owned.map((d) => d.id)
				),
				// Another worker may have set it aside since our claim: once is enough.
				onlyIfStale
					? and(
							eq(deliveries.status, 'sending'),
							sql`${deliveries.updatedAt} <= now() - make_interval(secs => ${leaseSeconds()})`
						)
					: undefined
			)
		)
		.returning({
			id: deliveries.id,
			reminderId: deliveries.reminderId,
			organisationId: deliveries.organisationId,
			channel: deliveries.channel
		});
	const owners = await tx
		.select({ id: reminders.id, debtorId: reminders.debtorId })
		.from(reminders)
		.where(anyId(reminders.id, [...new Set(marked.map((m) => m.reminderId))]));
	const debtorOf = new Map(owners.map((o) => [o.id, o.debtorId]));
	await recordEvents(
		tx,
		marked.map((m) => ({
			organisationId: m.organisationId,
			reminderId: m.reminderId,
			debtorId: debtorOf.get(m.reminderId)!,
			action: 'to_check',
			reason: storedText('on_channel', { channel: m.channel, reason })
		}))
	);
	await settleReminders(
		tx,
		marked.map((m) => m.reminderId),
		{ locked: true }
	);
	return marked.map((m) => m.id);
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));
