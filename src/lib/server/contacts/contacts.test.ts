import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb } from '../../../../tests/helpers/db';
import type { Db } from '../db/types';
import { contacts, debtors, organisations, reminderRecipients, reminders } from '../db/schema';
import type { ContactInput } from '$lib/validation/contacts';
import { createContact, deleteContact, getContact, keepEmail, updateContact, useEmailSuggestion } from './contacts';

let db: Db;
let orgId: string;
let otherOrgId: string;
let debtorId: string;

const base: ContactInput = {
	civility: 'Mme',
	firstName: 'Léa',
	lastName: 'Martin',
	email: null,
	mobilePhone: null,
	addressLine1: '',
	addressLine2: '',
	postalCode: '',
	city: '',
	country: 'FR',
	role: 'relance',
	consentEmail: true,
	consentLetter: true,
	consentSms: false
};

async function create(fields: Partial<ContactInput>, organisationId = orgId) {
	const outcome = await createContact(db, organisationId, debtorId, { ...base, ...fields });
	if (outcome.kind !== 'saved') throw new Error(outcome.kind);
	return outcome.id;
}

const flags = async (id: string) => {
	const [c] = await db.select().from(contacts).where(eq(contacts.id, id));
	return {
		email: c.email,
		emailCheck: c.emailCheck,
		emailSuggestion: c.emailSuggestion,
		emailCheckOverridden: c.emailCheckOverridden
	};
};

beforeEach(async () => {
	db = await freshDb();
	[{ id: orgId }, { id: otherOrgId }] = await db
		.insert(organisations)
		.values([{ name: 'A' }, { name: 'B' }])
		.returning();
	[{ id: debtorId }] = await db
		.insert(debtors)
		.values({ organisationId: orgId, accountNumber: 'LOC-1', name: 'Martin' })
		.returning();
});

describe('email flag', () => {
	it('saves a likely typo, flagged "à contrôler" with the address probably meant', async () => {
		const id = await create({ email: 'x@gmial.com' });
		expect(await flags(id)).toEqual({
			email: 'x@gmial.com',
			emailCheck: 'typo',
			emailSuggestion: 'x@gmail.com',
			emailCheckOverridden: false
		});
		expect(await flags(await create({ email: 'x@gmail.com' }))).toMatchObject({
			emailCheck: null,
			emailSuggestion: null
		});
	});

	it("keeps a person's override across edits of other fields, and starts over when the email changes", async () => {
		const id = await create({ email: 'x@gmial.com' });
		expect(await keepEmail(db, orgId, debtorId, id)).toBe('ok');
		expect(await flags(id)).toMatchObject({ emailCheck: 'typo', emailCheckOverridden: true });
		await updateContact(db, orgId, debtorId, id, { ...base, email: 'x@gmial.com', city: 'Lyon' });
		expect(await flags(id)).toMatchObject({ emailCheck: 'typo', emailCheckOverridden: true });
		await updateContact(db, orgId, debtorId, id, { ...base, email: 'y@hotmial.fr' });
		expect(await flags(id)).toEqual({
			email: 'y@hotmial.fr',
			emailCheck: 'typo',
			emailSuggestion: 'y@hotmail.fr',
			emailCheckOverridden: false
		});
		await updateContact(db, orgId, debtorId, id, { ...base, email: 'y@hotmail.fr' });
		expect(await flags(id)).toEqual({
			email: 'y@hotmail.fr',
			emailCheck: null,
			emailSuggestion: null,
			emailCheckOverridden: false
		});
	});

	it('applies the stored suggestion in one step', async () => {
		const id = await create({ email: 'x@gmial.com' });
		expect(await useEmailSuggestion(db, orgId, debtorId, id)).toBe('ok');
		expect(await flags(id)).toEqual({
			email: 'x@gmail.com',
			emailCheck: null,
			emailSuggestion: null,
			emailCheckOverridden: false
		});
		expect(await useEmailSuggestion(db, orgId, debtorId, id)).toBe('no_suggestion');
	});
});

describe('scoping', () => {
	it("never reads nor changes another organisation's contact, nor one reached through the wrong debtor", async () => {
		const id = await create({ email: 'x@gmial.com' });
		const [otherDebtor] = await db
			.insert(debtors)
			.values({ organisationId: orgId, accountNumber: 'LOC-2', name: 'Autre' })
			.returning();
		expect(await getContact(db, otherOrgId, debtorId, id)).toBeNull();
		expect(await getContact(db, orgId, otherDebtor.id, id)).toBeNull();
		expect(await getContact(db, orgId, debtorId, 'nope')).toBeNull();
		expect(await updateContact(db, otherOrgId, debtorId, id, { ...base, lastName: 'Volé' })).toBe('not_found');
		expect(await keepEmail(db, otherOrgId, debtorId, id)).toBe('not_found');
		expect(await useEmailSuggestion(db, orgId, otherDebtor.id, id)).toBe('not_found');
		expect(await deleteContact(db, otherOrgId, debtorId, id)).toBe('not_found');
		expect(await createContact(db, otherOrgId, debtorId, base)).toEqual({ kind: 'not_found' });
		expect(await getContact(db, orgId, debtorId, id)).toMatchObject({
			lastName: 'Martin',
			emailCheckOverridden: false
		});
		expect(await db.select().from(contacts)).toHaveLength(1);
	});
});

describe('deleteContact', () => {
	it('refuses while a reminder yet to leave names the contact, and deletes once it has left', async () => {
		const id = await create({});
		const [reminder] = await db
			.insert(reminders)
			.values({
				organisationId: orgId,
				debtorId,
				status: 'scheduled',
				sendDate: '2026-03-01',
				shortDescription: 'Première relance',
				requiresValidation: false,
				content: { emailSubject: '', emailHeader: '', emailBody: '', emailFooter: '', smsText: '', letterBody: '' }
			})
			.returning();
		await db.insert(reminderRecipients).values({ reminderId: reminder.id, contactId: id, channels: ['letter'] });
		expect(await deleteContact(db, orgId, debtorId, id)).toBe('in_pending_reminder');
		await db.update(reminders).set({ status: 'sending' }).where(eq(reminders.id, reminder.id));
		await db.update(reminders).set({ status: 'sent' }).where(eq(reminders.id, reminder.id));
		expect(await deleteContact(db, orgId, debtorId, id)).toBe('ok');
		expect(await db.select().from(contacts)).toHaveLength(0);
	});
});
