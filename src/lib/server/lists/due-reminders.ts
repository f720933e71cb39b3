import { and, asc, count, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db';
import { anyId } from '../db/arrays';
import { contacts, debtors, reminderRecipients, reminders } from '../db/schema';
import { channelProblem } from '../contacts/recipient-rules';
import { recordEvents } from '../lifecycle/history';
import type { Actor } from '../auth/actor';
import type { Channel } from '$lib/validation/reminders';
import { isUuid } from '$lib/validation/ids';
import type { ListName } from './before-run';
import type { FlaggedEmail } from '$lib/email-check';
import { organisationToday } from '../clock';

export interface DueReminder {
	id: string;
	debtorId: string;
	accountNumber: string;
	debtorName: string;
	shortDescription: string;
	sendDate: string;
	immediate: boolean;
	flagged: FlaggedEmail[];
	/** Who it reaches and how: "Mme Anne Martin · e-mail". */
	recipients: { contactId: string; name: string; channel: string; address: string }[];
}

/** The lists show this many of the day's reminders at most, by send date; the page says when there are more. */
export const DUE_LIST_LIMIT = 500;

const contactName = (c: typeof contacts.$inferSelect) =>
	[c.civility, c.firstName, c.lastName].filter(Boolean).join(' ');
const addressOf = (c: typeof contacts.$inferSelect, channel: string) =>
	channel === 'email'
		? (c.email ?? '')
		: channel === 'sms'
			? (c.mobilePhone ?? '')
			: [c.addressLine1, c.postalCode, c.city].filter(Boolean).join(' ');

/** The day's reminders of the lists, held ones included, in the organisation's time zone. */
async function dueToday(db: DbOrTx, organisationId: string) {
	const today = await organisationToday(db, organisationId);
	return and(
		eq(reminders.organisationId, organisationId),
		eq(reminders.status, 'scheduled'),
		or(eq(reminders.immediate, true), sql`${reminders.sendDate} <= ${today}`, isNotNull(reminders.heldAt))
	);
}

/** How many reminders the day's lists hold in all, beyond the DUE_LIST_LIMIT they show. */
export async function countDueReminders(db: DbOrTx, organisationId: string): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(reminders)
		.where(await dueToday(db, organisationId));
	return Number(row.n);
}

/**
 * The main case of the lists before a run: the reminders leaving today (scheduled, so approved or
 * needing no approval; due today or earlier, or immediate). Ready: every recipient can
 * receive on a channel of it; email to check: an email recipient's address is flagged and not
 * overridden; no reminder contact: none of its recipients can receive on any of its channels;
 * excluded: held by a person, whatever the rest, until put back.
 */
export async function dueReminderLists(db: DbOrTx, organisationId: string): Promise<Record<ListName, DueReminder[]>> {
	const lists: Record<ListName, DueReminder[]> = { ready: [], toCheck: [], noContact: [], excluded: [] };
	for (const { list, item } of await sortedDue(db, organisationId, DUE_LIST_LIMIT)) lists[list].push(item);
	return lists;
}

/** The day's reminders in the lists' order, each with its list, `limit` at most. */
async function sortedDue(
	db: DbOrTx,
	organisationId: string,
	limit: number
): Promise<{ list: ListName; item: DueReminder }[]> {
	const rows = await db
		.select({
			id: reminders.id,
			debtorId: reminders.debtorId,
			accountNumber: debtors.accountNumber,
			debtorName: debtors.name,
			shortDescription: reminders.shortDescription,
			sendDate: reminders.sendDate,
			immediate: reminders.immediate,
			held: sql<boolean>`${reminders.heldAt} is not null`
		})
		.from(reminders)
		.innerJoin(debtors, eq(debtors.id, reminders.debtorId))
		.where(await dueToday(db, organisationId))
		.orderBy(asc(reminders.sendDate), asc(debtors.accountNumber), asc(reminders.id))
		.limit(limit);
	const recipientRows = rows.length
		? await db
				.select({ reminderId: reminderRecipients.reminderId, channels: reminderRecipients.channels, contact: contacts })
				.from(reminderRecipients)
				.innerJoin(contacts, eq(contacts.id, reminderRecipients.contactId))
				.where(
					anyId(
						reminderRecipients.reminderId,
						rows.map((r) => r.id)
					)
				)
				.orderBy(asc(contacts.createdAt), asc(contacts.id))
		: [];
	const byReminder = new Map<string, typeof recipientRows>();
	for (const r of recipientRows) byReminder.set(r.reminderId, [...(byReminder.get(r.reminderId) ?? []), r]);
	return rows.map((row) => {
		const own = byReminder.get(row.id) ?? [];
		const flagged = own
			.filter(
				({ channels, contact: c }) => channels.includes('email') && c.email && c.emailCheck && !c.emailCheckOverridden
			)
			.map(({ contact: c }) => ({
				contactId: c.id,
				name: contactName(c),
				email: c.email!,
				check: c.emailCheck!,
				suggestion: c.emailSuggestion,
				reason: c.emailCheckReason
			}));
		const reachable = own.flatMap(({ channels, contact: c }) =>
			channels
				.filter((ch) => channelProblem(c, ch as Channel) === null)
				.map((channel) => ({ contactId: c.id, name: contactName(c), channel, address: addressOf(c, channel) }))
		);
		const { held, ...rest } = row;
		const item: DueReminder = { ...rest, flagged, recipients: reachable };
		const list: ListName = held ? 'excluded' : flagged.length ? 'toCheck' : reachable.length ? 'ready' : 'noContact';
		return { list, item };
	});
}

/**
 * Sets reminders aside from every pass (the scheduler's claim skips them) or puts them back,
 * in the organisation only and while still scheduled: one already being sent cannot be held.
 * Each move is written in the reminder's history.
 */
export async function holdReminders(db: Db, actor: Actor, reminderIds: string[], hold: boolean): Promise<number> {
	const ids = [...new Set(reminderIds.filter(isUuid))];
	if (!ids.length) return 0;
	return db.transaction(async (tx) => {
		const moved = await tx
			.update(reminders)
			.set(
				hold
					? { heldAt: sql`now()`, heldBy: actor.userId, updatedAt: sql`now()` }
					: { heldAt: null, heldBy: null, updatedAt: sql`now()` }
			)
			.where(
				and(
					eq(reminders.organisationId, actor.organisationId),
					anyId(reminders.id, ids),
					eq(reminders.status, 'scheduled'),
					hold ? isNull(reminders.heldAt) : isNotNull(reminders.heldAt)
				)
			)
			.returning({ id: reminders.id, debtorId: reminders.debtorId });
		await recordEvents(
			tx,
			moved.map((r) => ({
				organisationId: actor.organisationId,
				reminderId: r.id,
				debtorId: r.debtorId,
				actorId: actor.userId,
				action: hold ? 'held' : 'released'
			}))
		);
		return moved.length;
	});
}

/** The most reminders one « Envoyer la liste prête » sends; a second click sends the rest. */
export const SEND_DUE_LIMIT = 20_000;

/**
 * Of the reminders ticked, those on the ready list now: the lists are worked out again, never
 * trusted from the form. With `beyondShown`, also the ready ones past the DUE_LIST_LIMIT the
 * page shows, which no box could tick.
 */
export async function readyReminderIds(
	db: DbOrTx,
	organisationId: string,
	chosen: string[],
	{ beyondShown = false } = {}
): Promise<string[]> {
	const wanted = new Set(chosen);
	const sorted = await sortedDue(db, organisationId, beyondShown ? SEND_DUE_LIMIT : DUE_LIST_LIMIT);
	return sorted
		.filter(({ list, item }, i) => list === 'ready' && (wanted.has(item.id) || i >= DUE_LIST_LIMIT))
		.map(({ item }) => item.id);
}

/** How many ready reminders lie past the DUE_LIST_LIMIT the page shows. */
export async function countReadyBeyondShown(db: DbOrTx, organisationId: string): Promise<number> {
	return (await readyReminderIds(db, organisationId, [], { beyondShown: true })).length;
}
