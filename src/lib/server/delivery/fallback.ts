import { storedText } from '$lib/stored-text';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { anyId } from '../db/arrays';
import { contacts, deliveries, organisations, reminders } from '../db/schema';
import { debtorBalance } from '../debtors/balance';
import { recordEvents, type ReminderEvent } from '../lifecycle/history';
import type { BounceFallback } from '$lib/validation/organisation';

/** Hands new deliveries to the job queue, in the transaction that creates them. */
export type Enqueue = (tx: DbOrTx, deliveryIds: string[]) => Promise<void>;

/** An email that will never arrive: a hard bounce, or an address the provider refused when it was sent. */
export interface Undeliverable {
	deliveryId: string;
	/** The addresses the email was sent to: the contact is flagged only while his address is one of them. */
	recipients: string[];
	/** The provider's word, shown with the contact's flag. */
	reason: string;
}

export type UndeliverableCause = 'bounce' | 'refused';

type FallbackChannel = 'letter' | 'sms';

const ORDER: Record<BounceFallback, FallbackChannel[]> = {
	letter_then_sms: ['letter', 'sms'],
	sms_then_letter: ['sms', 'letter'],
	letter: ['letter'],
	sms: ['sms'],
	none: []
};

type Row = {
	id: string;
	reminderId: string;
	contactId: string;
	organisationId: string;
	debtorId: string;
	keep: boolean;
	rule: string;
	name: string;
	hasAddress: boolean;
	consentLetter: boolean;
	mobilePhone: string | null;
	consentSms: boolean;
	owedCents: number;
	/** "channel:status" of the contact's other deliveries of the reminder, comma-separated. */
	others: string | null;
};

/**
 * Emails that will never arrive fall back to another channel by the organisation's rule,
 * once: the new delivery names the email it replaces (`fallback_of`, unique), and
 * (reminder, contact, channel) is unique too, so that however many times a bounce is told,
 * one letter or one SMS is made. A letter waits for the next PDF; an SMS is queued with its
 * job in this transaction. Nothing falls back for a debtor who owes nothing any more unless
 * the reminder is « à conserver », nor for a contact who already gets the reminder another way.
 * The history says what was made, or why nothing was. The contact's address is flagged « à
 * contrôler » with the provider's reason, while it is still the address that failed.
 *
 * Runs in the transaction that recorded the failure, holding the reminders' locks, before
 * they settle: a reminder with a fallback on its way stays « en cours d'envoi ».
 */
export async function fallBack(
	tx: DbOrTx,
	failed: Undeliverable[],
	cause: UndeliverableCause,
	enqueue?: Enqueue
): Promise<void> {
	if (!failed.length) return;
	const rows = await tx
		.select({
			id: deliveries.id,
			reminderId: deliveries.reminderId,
			contactId: deliveries.contactId,
			organisationId: deliveries.organisationId,
			debtorId: reminders.debtorId,
			keep: reminders.keep,
			rule: organisations.bounceFallback,
			name: sql<string>`trim(concat_ws(' ', nullif(${contacts.civility}, ''), nullif(${contacts.firstName}, ''), ${contacts.lastName}))`,
			hasAddress: sql<boolean>`${contacts.addressLine1} <> '' and ${contacts.postalCode} <> '' and ${contacts.city} <> ''`,
			consentLetter: contacts.consentLetter,
			mobilePhone: contacts.mobilePhone,
			consentSms: contacts.consentSms,
			owedCents: debtorBalance(reminders.debtorId),
			others: sql<string | null>`(select string_agg(o.channel || ':' || o.status::text, ',') from ${deliveries} o
				where o.reminder_id = ${deliveries.reminderId} and o.contact_id = ${deliveries.contactId} and o.id <> ${deliveries.id})`
		})
		.from(deliveries)
		.innerJoin(reminders, eq(reminders.id, deliveries.reminderId))
		.innerJoin(contacts, eq(contacts.id, deliveries.contactId))
		.innerJoin(organisations, eq(organisations.id, deliveries.organisationId))
		.where(
			and(
				anyId(
					deliveries.id,
					failed.map((f) => f.deliveryId)
				),
				eq(deliveries.channel, 'email')
			)
		);

	const byId = new Map(failed.map((f) => [f.deliveryId, f]));
	await flagContacts(
		tx,
		rows.map((r) => ({ contactId: r.contactId, ...byId.get(r.id)! }))
	);

	const picks: { row: Row; channel: FallbackChannel }[] = [];
	const events: ReminderEvent[] = [];
	for (const row of rows as Row[]) {
		const decision = decide(row);
		if (typeof decision === 'string')
			events.push(event(row, 'fallback_none', storedText('fallback_none', { contact: row.name, why: decision })));
		else picks.push({ row, channel: decision.channel });
	}
	const made = picks.length
		? await tx
				.insert(deliveries)
				.values(
					picks.map(({ row, channel }) => ({
						organisationId: row.organisationId,
						reminderId: row.reminderId,
						contactId: row.contactId,
						channel,
						status: channel === 'letter' ? ('to_print' as const) : ('queued' as const),
						fallbackOf: row.id
					}))
				)
				// Both unique indexes: once per bounced email, once per reminder, contact and channel.
				.onConflictDoNothing()
				.returning({ id: deliveries.id, fallbackOf: deliveries.fallbackOf, channel: deliveries.channel })
		: [];
	const rowOf = new Map(picks.map((p) => [p.row.id, p.row]));
	for (const d of made) {
		const row = rowOf.get(d.fallbackOf!)!;
		events.push(
			event(
				row,
				`fallback_${d.channel}`,
				storedText(cause === 'bounce' ? 'fallback_bounce' : 'fallback_refused', {
					channel: d.channel,
					contact: row.name
				})
			)
		);
	}
	await recordEvents(tx, events);
	const sms = made.filter((d) => d.channel === 'sms').map((d) => d.id);
	if (sms.length && enqueue) await enqueue(tx, sms);
}

/**
 * The channel to fall back to, or why there is none: codes (stored-text.ts puts them into words),
 * « paid », « reached:<channel> », « rule », or the list of what each channel lacks.
 */
function decide(row: Row): { channel: FallbackChannel } | string {
	if (row.owedCents <= 0 && !row.keep) return 'paid';
	const others = (row.others ?? '')
		.split(',')
		.filter(Boolean)
		.map((o) => o.split(':') as [string, string]);
	const reaching = others.find(([, status]) => !['failed', 'bounced', 'cancelled'].includes(status));
	if (reaching) return `reached:${reaching[0]}`;
	const order = ORDER[row.rule as BounceFallback] ?? [];
	if (!order.length) return 'rule';
	const why: string[] = [];
	for (const channel of order) {
		if (others.some(([used]) => used === channel)) why.push(`failed:${channel}`);
		else if (channel === 'letter' && !row.hasAddress) why.push('no_address');
		else if (channel === 'letter' && !row.consentLetter) why.push('no_letter_consent');
		else if (channel === 'sms' && !row.mobilePhone) why.push('no_mobile');
		else if (channel === 'sms' && !row.consentSms) why.push('no_sms_consent');
		else return { channel };
	}
	return why.join(',');
}

function event(row: Row, action: string, reason: string): ReminderEvent {
	return { organisationId: row.organisationId, reminderId: row.reminderId, debtorId: row.debtorId, action, reason };
}

/**
 * The address failed: "à contrôler" again, even if a person had kept it before, with the
 * provider's reason. Only while the contact still has that address: a corrected one stays clean.
 */
async function flagContacts(tx: DbOrTx, flags: { contactId: string; recipients: string[]; reason: string }[]) {
	for (const flag of flags) {
		if (!flag.recipients.length) continue;
		await tx
			.update(contacts)
			.set({ emailCheck: 'bounce', emailCheckReason: flag.reason, emailCheckOverridden: false, updatedAt: sql`now()` })
			.where(
				and(eq(contacts.id, flag.contactId), inArray(sql`lower(${contacts.email})`, flag.recipients.map(bareAddress)))
			);
	}
}

/** "Hélène <h@example.fr>" → "h@example.fr", lower-cased as the comparison is. */
function bareAddress(recipient: string): string {
	return (/<([^>]+)>/.exec(recipient)?.[1] ?? recipient).trim().toLowerCase();
}
