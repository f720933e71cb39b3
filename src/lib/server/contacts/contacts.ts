import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db';
import { contacts, debtors, reminderRecipients, reminders } from '../db/schema';
import type { ContactInput } from '$lib/validation/contacts';
import { isUuid } from '$lib/validation/ids';
import { emailFlags } from './email-flags';

export type ContactWrite = 'ok' | 'not_found' | 'no_suggestion' | 'in_pending_reminder';

/**
 * Every contact query names the organisation and the debtor of the page it comes from. Ids come
 * from URLs and forms: a malformed one matches nothing rather than failing the query.
 */
const owned = (organisationId: string, debtorId: string, contactId: string) =>
	isUuid(debtorId) && isUuid(contactId)
		? and(eq(contacts.id, contactId), eq(contacts.debtorId, debtorId), eq(contacts.organisationId, organisationId))
		: sql`false`;

export async function getContact(db: DbOrTx, organisationId: string, debtorId: string, contactId: string) {
	const [contact] = await db
		.select()
		.from(contacts)
		.where(owned(organisationId, debtorId, contactId));
	return contact ?? null;
}

export async function createContact(
	db: Db,
	organisationId: string,
	debtorId: string,
	input: ContactInput
): Promise<{ kind: 'saved'; id: string } | { kind: 'not_found' }> {
	return db.transaction(async (tx) => {
		const [debtor] = isUuid(debtorId)
			? await tx
					.select({ id: debtors.id })
					.from(debtors)
					.where(and(eq(debtors.id, debtorId), eq(debtors.organisationId, organisationId)))
			: [];
		if (!debtor) return { kind: 'not_found' as const };
		const [contact] = await tx
			.insert(contacts)
			.values({ ...input, ...emailFlags(input.email), organisationId, debtorId })
			.returning({ id: contacts.id });
		return { kind: 'saved' as const, id: contact.id };
	});
}

/** The email's flag and override survive an edit of other fields, and restart when it changes. */
export async function updateContact(
	db: Db,
	organisationId: string,
	debtorId: string,
	contactId: string,
	input: ContactInput
): Promise<ContactWrite> {
	return db.transaction(async (tx) => {
		const [current] = await tx
			.select({ email: contacts.email })
			.from(contacts)
			.where(owned(organisationId, debtorId, contactId))
			.for('update');
		if (!current) return 'not_found';
		const email = current.email === input.email ? {} : emailFlags(input.email);
		await tx
			.update(contacts)
			.set({ ...input, ...email, updatedAt: sql`now()` })
			.where(owned(organisationId, debtorId, contactId));
		return 'ok';
	});
}

/** "Utiliser <suggestion>": the stored suggestion, never an address sent by the browser. */
export async function useEmailSuggestion(
	db: Db,
	organisationId: string,
	debtorId: string,
	contactId: string
): Promise<ContactWrite> {
	return db.transaction(async (tx) => {
		const [current] = await tx
			.select({ suggestion: contacts.emailSuggestion })
			.from(contacts)
			.where(owned(organisationId, debtorId, contactId))
			.for('update');
		if (!current) return 'not_found';
		if (!current.suggestion) return 'no_suggestion';
		await tx
			.update(contacts)
			.set({ ...emailFlags(current.suggestion), updatedAt: sql`now()` })
			.where(owned(organisationId, debtorId, contactId));
		return 'ok';
	});
}

/** "Adresse correcte, ne plus signaler": the flag stays on record, overridden by a person. */
export async function keepEmail(
	db: Db,
	organisationId: string,
	debtorId: string,
	contactId: string
): Promise<ContactWrite> {
	const kept = await db
		.update(contacts)
		.set({ emailCheckOverridden: true, updatedAt: sql`now()` })
		.where(owned(organisationId, debtorId, contactId))
		.returning({ id: contacts.id });
	return kept.length ? 'ok' : 'not_found';
}

/** Reminders that have yet to leave: deleting one of their recipients would leave them short. */
const PENDING = ['draft', 'pending_validation', 'scheduled', 'sending', 'to_review'] as const;

export async function deleteContact(
	db: Db,
	organisationId: string,
	debtorId: string,
	contactId: string
): Promise<ContactWrite> {
	return db.transaction(async (tx) => {
		const [current] = await tx
			.select({ id: contacts.id })
			.from(contacts)
			.where(owned(organisationId, debtorId, contactId))
			.for('update');
		if (!current) return 'not_found';
		const [pending] = await tx
			.select({ id: reminders.id })
			.from(reminderRecipients)
			.innerJoin(reminders, eq(reminders.id, reminderRecipients.reminderId))
			.where(and(eq(reminderRecipients.contactId, contactId), inArray(reminders.status, [...PENDING])))
			.limit(1);
		if (pending) return 'in_pending_reminder';
		await tx.delete(contacts).where(owned(organisationId, debtorId, contactId));
		return 'ok';
	});
}
