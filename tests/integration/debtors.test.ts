import { beforeEach, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeDebtor, makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { loggedIn, type Client } from '../helpers/app';
import {
	contacts,
	debtorGroups,
	debtors,
	groups,
	invoices,
	payments,
	reminderEvents,
	reminders,
	users
} from '../../src/lib/server/db/schema';
import type { Db } from '../../src/lib/server/db/types';
import { ROLES, type Role } from '../../src/lib/roles';

let db: Db;
let orgA: { id: string };
let orgB: { id: string };
const emails = {} as Record<Role, string>;

beforeEach(async () => {
	db = await freshDb();
	orgA = await makeOrganisation(db, 'Agence A');
	orgB = await makeOrganisation(db, 'Agence B');
	for (const role of ROLES) emails[role] = (await makeUser(db, orgA.id, role)).email;
});

const as = (role: Role) => loggedIn(emails[role], TEST_PASSWORD);

const CONTACT = {
	civility: 'Mme',
	firstName: 'Léa',
	lastName: 'Martin',
	role: 'relance',
	country: 'FR',
	consentEmail: 'on',
	consentLetter: 'on'
};

async function createdId(reply: { type: string; location?: string }, prefix: string) {
	expect(reply.type, JSON.stringify(reply)).toBe('redirect');
	const match = new RegExp(`^${prefix}/([0-9a-f-]{36})`).exec(reply.location ?? '');
	expect(match, reply.location).not.toBeNull();
	return match![1];
}

async function contactsOf(debtorId: string) {
	return db.select().from(contacts).where(eq(contacts.debtorId, debtorId)).orderBy(asc(contacts.createdAt));
}

describe('debtors', () => {
	it('a manager creates a debtor with his groups, then edits him, with or without JavaScript', async () => {
		const [rejet, assurances] = await db
			.insert(groups)
			.values([
				{ organisationId: orgA.id, name: 'Rejet' },
				{ organisationId: orgA.id, name: 'Assurances' }
			])
			.returning();
		const manager = await as('manager');
		const form = await manager.get('/debiteurs/nouveau');
		expect(form.status).toBe(200);
		expect(form.body).toContain('Assurances');

		const id = await createdId(
			await manager.action('/debiteurs/nouveau', {
				accountNumber: ' LOC-100 ',
				name: 'Dupont Jean',
				leaseReference: 'BAIL-1',
				groupIds: rejet.id
			}),
			'/debiteurs'
		);
		const [created] = await db.select().from(debtors).where(eq(debtors.id, id));
		expect(created).toMatchObject({
			organisationId: orgA.id,
			accountNumber: 'LOC-100',
			name: 'Dupont Jean',
			leaseReference: 'BAIL-1'
		});
		expect(await db.select({ g: debtorGroups.groupId }).from(debtorGroups)).toEqual([{ g: rejet.id }]);

		// A form post as a browser without JavaScript sends it.
		const edited = await manager.post(`/debiteurs/${id}/modifier`, {
			accountNumber: 'LOC-101',
			name: 'Dupont Jeanne',
			leaseReference: '',
			groupIds: [rejet.id, assurances.id]
		});
		expect(edited.status).toBe(303);
		expect(edited.location).toBe(`/debiteurs/${id}`);
		const page = await manager.get(`/debiteurs/${id}`);
		expect(page.body).toContain('Dupont Jeanne');
		expect(page.body).toContain('LOC-101');
		expect(page.body).toContain('Assurances');
		expect(await db.select().from(debtorGroups)).toHaveLength(2);
	});

	it('refuses a duplicate account number next to its field, and every bad field at once, writing nothing', async () => {
		await db.insert(debtors).values({ organisationId: orgA.id, accountNumber: 'LOC-1', name: 'Premier' });
		await db.insert(debtors).values({ organisationId: orgB.id, accountNumber: 'LOC-2', name: 'Ailleurs' });
		const manager = await as('manager');
		const duplicate = await manager.action('/debiteurs/nouveau', { accountNumber: 'LOC-1', name: 'Second' });
		expect(duplicate.status).toBe(400);
		expect(duplicate.data?.errors).toEqual({
			accountNumber: "Ce numéro de compte est déjà celui d'un autre débiteur."
		});
		expect(duplicate.data?.values).toMatchObject({ accountNumber: 'LOC-1', name: 'Second' });
		// Unique per organisation only.
		expect((await manager.action('/debiteurs/nouveau', { accountNumber: 'LOC-2', name: 'Deuxième' })).type).toBe(
			'redirect'
		);

		const bad = await manager.action('/debiteurs/nouveau', {
			accountNumber: '',
			name: 'x'.repeat(161),
			groupIds: 'not-a-uuid'
		});
		expect(bad.status).toBe(400);
		expect(bad.data?.errors).toEqual({
			accountNumber: 'Ce champ est obligatoire.',
			name: '160 caractères au maximum.',
			groupIds: 'Valeur invalide.'
		});
		const [foreignGroup] = await db.insert(groups).values({ organisationId: orgB.id, name: 'Secret' }).returning();
		const forged = await manager.action('/debiteurs/nouveau', {
			accountNumber: 'LOC-3',
			name: 'Trois',
			groupIds: foreignGroup.id
		});
		expect(forged.data?.errors).toEqual({ groupIds: 'Choix invalide.' });
		expect(
			(await db.select().from(debtors).where(eq(debtors.organisationId, orgA.id))).map((d) => d.accountNumber).sort()
		).toEqual(['LOC-1', 'LOC-2']);
	});

	it('lists debtors with their balance, searchable', async () => {
		const debtor = await makeDebtor(db, orgA.id, 'Zoé Bernard');
		await makeDebtor(db, orgA.id, 'Paul Durand');
		await db.insert(invoices).values({
			organisationId: orgA.id,
			debtorId: debtor.id,
			number: 'F-1',
			issueDate: '2026-01-01',
			dueDate: '2026-01-10',
			amountCents: 123_456,
			paidCents: 23_456
		});
		const agent = await as('agent');
		const list = await agent.get('/debiteurs?q=zo%C3%A9');
		expect(list.status).toBe(200);
		expect(list.body).toContain('Zoé Bernard');
		expect(list.body).toContain('1\u202f000,00\u00a0€');
		expect(list.body).not.toContain('Paul Durand');
		expect(list.body).not.toContain('href="/debiteurs/nouveau"');
	});
});

describe('the debtor page', () => {
	it('shows balance, unpaid invoices with their level and tags, contacts, groups and the whole reminder history', async () => {
		const debtor = await makeDebtor(db, orgA.id, 'Dupont Jean');
		const [group] = await db.insert(groups).values({ organisationId: orgA.id, name: 'Contentieux' }).returning();
		await db.insert(debtorGroups).values({ debtorId: debtor.id, groupId: group.id });
		await db.insert(invoices).values([
			{
				organisationId: orgA.id,
				debtorId: debtor.id,
				number: 'F-2026-00001',
				issueDate: '2026-01-01',
				dueDate: '2026-01-11',
				amountCents: 80_000,
				paidCents: 30_000,
				reminderLevel: 2,
				lastReminderAt: new Date('2026-02-25T08:00:00Z'),
				tags: ['mise-en-demeure']
			},
			{
				organisationId: orgA.id,
				debtorId: debtor.id,
				number: 'F-PAYEE',
				issueDate: '2025-12-01',
				dueDate: '2025-12-11',
				amountCents: 100,
				paidCents: 100
			}
		]);
		await db.insert(contacts).values({
			organisationId: orgA.id,
			debtorId: debtor.id,
			lastName: 'Garant',
			firstName: 'Paul',
			role: 'garant',
			mobilePhone: '+33612345678'
		});
		const [approver] = await db.select().from(users).where(eq(users.email, emails.approver));
		const [reminder] = await db
			.insert(reminders)
			.values({
				organisationId: orgA.id,
				debtorId: debtor.id,
				status: 'cancelled',
				sendDate: '2026-02-01',
				shortDescription: 'Première relance',
				requiresValidation: true,
				content: { emailSubject: '', emailHeader: '', emailBody: '', emailFooter: '', smsText: '', letterBody: '' }
			})
			.returning();
		await db.insert(reminderEvents).values([
			{
				organisationId: orgA.id,
				reminderId: reminder.id,
				debtorId: debtor.id,
				action: 'created',
				at: new Date('2026-01-20T09:00:00Z')
			},
			{
				organisationId: orgA.id,
				reminderId: reminder.id,
				debtorId: debtor.id,
				actorId: approver.id,
				action: 'rejected',
				reason: 'Montant à revoir',
				at: new Date('2026-01-21T09:00:00Z')
			}
		]);

		const page = await (await as('approver')).get(`/debiteurs/${debtor.id}`);
		expect(page.status).toBe(200);
		const body = page.body;
		expect(body).toMatch(/data-testid="balance"[^>]*>500,00\u00a0€/);
		for (const text of [
			'F-2026-00001',
			'Échéance 11/01/2026',
			'montant 800,00\u00a0€',
			'payé 300,00\u00a0€',
			'Niveau de relance 2',
			'dernière relance le 25/02/2026',
			'mise-en-demeure',
			'Contentieux',
			'Garant',
			'06 12 34 56 78',
			'Aucun contact de relance',
			'Première relance',
			'Créée',
			'Refusée',
			'Test approver',
			'Motif : Montant à revoir',
			'20/01/2026'
		])
			expect(body, text).toContain(text);
		expect(body).not.toContain('F-PAYEE');
		// An approver reads, and is offered nothing to change.
		expect(body).not.toContain(`/debiteurs/${debtor.id}/modifier`);
		expect(body).not.toContain('/contacts/nouveau');

		const manager = await (await as('manager')).get(`/debiteurs/${debtor.id}`);
		expect(manager.body).toContain(`href="/relances/nouvelle?debiteur=${debtor.id}"`);
		expect(manager.body).toContain(`href="/debiteurs/${debtor.id}/modifier"`);
	});
});

describe('contacts', () => {
	it('stores a French mobile typed the French way as E.164', async () => {
		const debtor = await makeDebtor(db, orgA.id);
		const manager = await as('manager');
		const reply = await manager.action(`/debiteurs/${debtor.id}/contacts/nouveau`, {
			...CONTACT,
			mobilePhone: '06 12 34 56 78'
		});
		expect(reply.type).toBe('redirect');
		const [contact] = await contactsOf(debtor.id);
		expect(contact).toMatchObject({
			mobilePhone: '+33612345678',
			lastName: 'Martin',
			civility: 'Mme',
			consentEmail: true,
			consentLetter: true,
			consentSms: false
		});
	});

	it('refuses an invalid or non-mobile phone with a message next to the field, and writes nothing', async () => {
		const debtor = await makeDebtor(db, orgA.id);
		const manager = await as('manager');
		const garbage = await manager.action(`/debiteurs/${debtor.id}/contacts/nouveau`, {
			...CONTACT,
			mobilePhone: '06 12 34'
		});
		expect(garbage.status).toBe(400);
		expect(garbage.data?.errors).toEqual({ mobilePhone: 'Numéro de téléphone invalide. Exemple : 06 12 34 56 78.' });
		const landline = await manager.action(`/debiteurs/${debtor.id}/contacts/nouveau`, {
			...CONTACT,
			mobilePhone: '04 78 12 34 56',
			lastName: '',
			email: 'a@b'
		});
		expect(landline.data?.errors).toEqual({
			mobilePhone:
				"Ce numéro n'est pas un numéro de mobile (06 ou 07 en France) : les SMS ne pourraient pas lui parvenir.",
			lastName: 'Ce champ est obligatoire.',
			email: 'Adresse e-mail invalide.'
		});
		expect(landline.data?.values).toMatchObject({ mobilePhone: '04 78 12 34 56' });
		// Without JavaScript, the page comes back with the message and what was typed.
		const page = await manager.post(`/debiteurs/${debtor.id}/contacts/nouveau`, {
			...CONTACT,
			mobilePhone: '06 12 34'
		});
		expect(page.status).toBe(400);
		expect(page.body).toContain('Numéro de téléphone invalide.');
		expect(page.body).toContain('value="06 12 34"');
		expect(await contactsOf(debtor.id)).toHaveLength(0);
	});

	it('saves a likely typo flagged with its suggestion; the override clears the warning; a new email flags again', async () => {
		const debtor = await makeDebtor(db, orgA.id);
		const manager = await as('manager');
		await manager.action(`/debiteurs/${debtor.id}/contacts/nouveau`, { ...CONTACT, email: 'x@gmial.com' });
		let [contact] = await contactsOf(debtor.id);
		expect(contact).toMatchObject({
			email: 'x@gmial.com',
			emailCheck: 'typo',
			emailSuggestion: 'x@gmail.com',
			emailCheckOverridden: false
		});
		let page = await manager.get(`/debiteurs/${debtor.id}`);
		expect(page.body).toContain('À contrôler');
		expect(page.body).toContain('Utiliser x@gmail.com');
		expect(page.body).toContain('Adresse correcte, ne plus signaler');

		expect((await manager.action(`/debiteurs/${debtor.id}?/keepEmail`, { contactId: contact.id })).type).toBe(
			'success'
		);
		[contact] = await contactsOf(debtor.id);
		expect(contact).toMatchObject({ email: 'x@gmial.com', emailCheckOverridden: true });
		page = await manager.get(`/debiteurs/${debtor.id}`);
		expect(page.body).not.toContain('À contrôler');
		expect(page.body).not.toContain('Utiliser x@gmail.com');

		// Other fields change: the override holds. The email changes: it is checked afresh.
		await manager.action(`/debiteurs/${debtor.id}/contacts/${contact.id}?/save`, {
			...CONTACT,
			email: 'x@gmial.com',
			city: 'Lyon'
		});
		expect((await contactsOf(debtor.id))[0]).toMatchObject({ city: 'Lyon', emailCheckOverridden: true });
		const saved = await manager.action(`/debiteurs/${debtor.id}/contacts/${contact.id}?/save`, {
			...CONTACT,
			email: 'x@hotmial.fr'
		});
		expect(saved.type).toBe('redirect');
		expect((await contactsOf(debtor.id))[0]).toMatchObject({
			email: 'x@hotmial.fr',
			emailCheck: 'typo',
			emailSuggestion: 'x@hotmail.fr',
			emailCheckOverridden: false
		});
		expect((await manager.get(`/debiteurs/${debtor.id}`)).body).toContain('À contrôler');

		expect((await manager.action(`/debiteurs/${debtor.id}?/useSuggestion`, { contactId: contact.id })).type).toBe(
			'success'
		);
		expect((await contactsOf(debtor.id))[0]).toMatchObject({
			email: 'x@hotmail.fr',
			emailCheck: null,
			emailSuggestion: null
		});
	});

	it('edits and deletes a contact', async () => {
		const debtor = await makeDebtor(db, orgA.id);
		const [contact] = await db
			.insert(contacts)
			.values({ organisationId: orgA.id, debtorId: debtor.id, lastName: 'Martin' })
			.returning();
		const manager = await as('manager');
		const form = await manager.get(`/debiteurs/${debtor.id}/contacts/${contact.id}`);
		expect(form.status).toBe(200);
		expect(form.body).toContain('value="Martin"');
		await manager.action(`/debiteurs/${debtor.id}/contacts/${contact.id}?/save`, {
			...CONTACT,
			role: 'garant',
			consentSms: 'on',
			mobilePhone: '+32 470 12 34 56'
		});
		expect((await contactsOf(debtor.id))[0]).toMatchObject({
			role: 'garant',
			consentSms: true,
			mobilePhone: '+32470123456',
			lastName: 'Martin',
			firstName: 'Léa'
		});
		const deleted = await manager.post(`/debiteurs/${debtor.id}/contacts/${contact.id}?/delete`, {});
		expect(deleted.status).toBe(303);
		expect(await contactsOf(debtor.id)).toHaveLength(0);
	});
});

describe('invoices and payments', () => {
	it('adds an invoice with an amount typed the French way, unique per organisation', async () => {
		const debtor = await makeDebtor(db, orgA.id);
		const manager = await as('manager');
		const path = `/debiteurs/${debtor.id}/factures/nouvelle`;
		expect(
			(
				await manager.action(path, {
					number: 'F-1',
					issueDate: '2026-01-01',
					dueDate: '2026-01-10',
					amount: '1 234,56'
				})
			).type
		).toBe('redirect');
		const [invoice] = await db.select().from(invoices);
		expect(invoice).toMatchObject({
			number: 'F-1',
			amountCents: 123_456,
			paidCents: 0,
			debtorId: debtor.id,
			organisationId: orgA.id
		});

		const duplicate = await manager.action(path, {
			number: 'F-1',
			issueDate: '2026-01-01',
			dueDate: '2026-01-10',
			amount: '10'
		});
		expect(duplicate.data?.errors).toEqual({ number: 'Ce numéro de facture existe déjà.' });
		const bad = await manager.action(path, {
			number: 'F-2',
			issueDate: '2026-02-10',
			dueDate: '2026-02-01',
			amount: '10 000 001'
		});
		expect(bad.data?.errors).toEqual({
			dueDate: "L'échéance ne peut pas précéder la date d'émission.",
			amount: 'Montant trop élevé : 10 000 000 € au maximum.'
		});
		const zero = await manager.action(path, { number: 'F-2', issueDate: '', dueDate: '2026-02-01', amount: '0' });
		expect(zero.data?.errors).toEqual({
			issueDate: 'Ce champ est obligatoire.',
			amount: 'Le montant doit être supérieur à zéro.'
		});
		expect(await db.select().from(invoices)).toHaveLength(1);
	});

	it('allocates a payment to the oldest unpaid invoices, and refuses an overpayment', async () => {
		const debtor = await makeDebtor(db, orgA.id);
		const base = { organisationId: orgA.id, debtorId: debtor.id, issueDate: '2026-01-01' };
		await db.insert(invoices).values([
			{ ...base, number: 'F-2', dueDate: '2026-02-10', amountCents: 50_000 },
			{ ...base, number: 'F-1', dueDate: '2026-01-10', amountCents: 50_000, paidCents: 10_000 },
			{ ...base, number: 'F-3', dueDate: '2026-03-10', amountCents: 50_000 }
		]);
		const manager = await as('manager');
		const path = `/debiteurs/${debtor.id}/paiements/nouveau`;
		expect((await manager.get(path)).body).toContain('F-3');

		const refused = await manager.action(path, { amount: '1 400,01', paidOn: '2026-03-01', invoiceId: '' });
		expect(refused.status).toBe(400);
		expect(refused.data?.errors).toEqual({
			amount: 'Ce paiement dépasse le total restant dû (1\u202f400,00\u00a0€) : il ne peut pas être enregistré.'
		});
		expect(await db.select().from(payments)).toHaveLength(0);

		const paid = await manager.action(path, {
			amount: '600',
			paidOn: '2026-03-01',
			invoiceId: '',
			reference: 'VIR 123'
		});
		expect(paid).toMatchObject({ type: 'redirect', location: `/debiteurs/${debtor.id}#factures` });
		const byNumber = Object.fromEntries((await db.select().from(invoices)).map((i) => [i.number, i.paidCents]));
		expect(byNumber).toEqual({ 'F-1': 50_000, 'F-2': 20_000, 'F-3': 0 });
		expect((await db.select().from(payments)).map((p) => p.amountCents).sort()).toEqual([20_000, 40_000]);
		expect((await manager.get(`/debiteurs/${debtor.id}`)).body).toMatch(/data-testid="balance"[^>]*>800,00\u00a0€/);
	});
});

describe('roles and organisations', () => {
	it('an agent or an approver views debtors but cannot change anything (403), server-side', async () => {
		const debtor = await makeDebtor(db, orgA.id, 'Intouchable');
		const [contact] = await db
			.insert(contacts)
			.values({
				organisationId: orgA.id,
				debtorId: debtor.id,
				lastName: 'Martin',
				email: 'x@gmial.com',
				emailCheck: 'typo',
				emailSuggestion: 'x@gmail.com'
			})
			.returning();
		for (const role of ['agent', 'approver'] as const) {
			const client = await as(role);
			expect((await client.get(`/debiteurs/${debtor.id}`)).status).toBe(200);
			expect((await client.get('/debiteurs/nouveau')).status).toBe(403);
			expect((await client.get(`/debiteurs/${debtor.id}/modifier`)).status).toBe(403);
			const attempts: [string, Record<string, string>][] = [
				['/debiteurs/nouveau', { accountNumber: 'X', name: 'X' }],
				[`/debiteurs/${debtor.id}/modifier`, { accountNumber: 'X', name: 'Changé' }],
				[`/debiteurs/${debtor.id}/contacts/nouveau`, CONTACT],
				[`/debiteurs/${debtor.id}/contacts/${contact.id}?/save`, { ...CONTACT, lastName: 'Changé' }],
				[`/debiteurs/${debtor.id}/contacts/${contact.id}?/delete`, {}],
				[`/debiteurs/${debtor.id}?/keepEmail`, { contactId: contact.id }],
				[
					`/debiteurs/${debtor.id}/factures/nouvelle`,
					{ number: 'F', issueDate: '2026-01-01', dueDate: '2026-01-01', amount: '1' }
				],
				[`/debiteurs/${debtor.id}/paiements/nouveau`, { amount: '1', paidOn: '2026-01-01' }]
			];
			for (const [path, fields] of attempts)
				expect((await client.post(path, fields)).status, `${role} ${path}`).toBe(403);
		}
		expect(await db.select().from(debtors)).toHaveLength(1);
		expect((await db.select().from(debtors))[0].name).toBe('Intouchable');
		expect(await contactsOf(debtor.id)).toMatchObject([{ lastName: 'Martin', emailCheckOverridden: false }]);
		expect(await db.select().from(invoices)).toHaveLength(0);
	});

	it('a manager of A cannot read nor touch a debtor, contact or invoice of B by id: 404, nothing changed', async () => {
		const theirs = await makeDebtor(db, orgB.id, 'Débiteur secret');
		const [contact] = await db
			.insert(contacts)
			.values({
				organisationId: orgB.id,
				debtorId: theirs.id,
				lastName: 'Secret',
				email: 'x@gmial.com',
				emailCheck: 'typo',
				emailSuggestion: 'x@gmail.com'
			})
			.returning();
		const [invoice] = await db
			.insert(invoices)
			.values({
				organisationId: orgB.id,
				debtorId: theirs.id,
				number: 'B-1',
				issueDate: '2026-01-01',
				dueDate: '2026-01-01',
				amountCents: 10_000
			})
			.returning();
		const mine = await makeDebtor(db, orgA.id, 'Le mien');
		await db.insert(invoices).values({
			organisationId: orgA.id,
			debtorId: mine.id,
			number: 'A-1',
			issueDate: '2026-01-01',
			dueDate: '2026-01-01',
			amountCents: 10_000
		});
		const manager = await as('manager');

		for (const path of [
			`/debiteurs/${theirs.id}`,
			`/debiteurs/${theirs.id}/modifier`,
			`/debiteurs/${theirs.id}/contacts/nouveau`,
			`/debiteurs/${theirs.id}/contacts/${contact.id}`,
			`/debiteurs/${mine.id}/contacts/${contact.id}`,
			`/debiteurs/${theirs.id}/factures/nouvelle`,
			`/debiteurs/${theirs.id}/paiements/nouveau`,
			'/debiteurs/not-a-uuid/modifier'
		]) {
			const reply = await manager.get(path);
			expect(reply.status, path).toBe(404);
			expect(reply.body).not.toContain('Secret');
		}
		const attempts: [string, Record<string, string>][] = [
			[`/debiteurs/${theirs.id}/modifier`, { accountNumber: 'PRIS', name: 'Volé' }],
			[`/debiteurs/${theirs.id}/contacts/nouveau`, CONTACT],
			[`/debiteurs/${theirs.id}/contacts/${contact.id}?/save`, { ...CONTACT, lastName: 'Volé' }],
			[`/debiteurs/${mine.id}/contacts/${contact.id}?/save`, { ...CONTACT, lastName: 'Volé' }],
			[`/debiteurs/${theirs.id}/contacts/${contact.id}?/delete`, {}],
			[`/debiteurs/${mine.id}/contacts/${contact.id}?/delete`, {}],
			[`/debiteurs/${theirs.id}?/keepEmail`, { contactId: contact.id }],
			[`/debiteurs/${mine.id}?/useSuggestion`, { contactId: contact.id }],
			[
				`/debiteurs/${theirs.id}/factures/nouvelle`,
				{ number: 'A-2', issueDate: '2026-01-01', dueDate: '2026-01-01', amount: '1' }
			],
			[`/debiteurs/${theirs.id}/paiements/nouveau`, { amount: '1', paidOn: '2026-01-01' }],
			[`/debiteurs/${mine.id}/paiements/nouveau`, { amount: '1', paidOn: '2026-01-01', invoiceId: invoice.id }]
		];
		for (const [path, fields] of attempts) {
			const reply = await manager.action(path, fields);
			expect(reply.type, path).toBe('failure');
			expect(reply.status, path).toBe(404);
			expect(reply.data?.errors).toEqual({
				_form: "Introuvable : cet élément n'existe pas ou ne vous est pas accessible."
			});
		}
		expect(await db.select().from(debtors).where(eq(debtors.id, theirs.id))).toMatchObject([
			{ name: 'Débiteur secret' }
		]);
		expect(await contactsOf(theirs.id)).toMatchObject([
			{ lastName: 'Secret', email: 'x@gmial.com', emailCheckOverridden: false }
		]);
		expect(await contactsOf(mine.id)).toHaveLength(0);
		expect(await db.select().from(invoices).where(eq(invoices.organisationId, orgA.id))).toMatchObject([
			{ number: 'A-1', paidCents: 0 }
		]);
		expect((await db.select().from(invoices).where(eq(invoices.id, invoice.id)))[0].paidCents).toBe(0);
		expect(await db.select().from(payments)).toHaveLength(0);
	});
});

describe('groups administration', () => {
	let admin: Client;
	beforeEach(async () => {
		admin = await as('admin');
	});

	it('an admin lists, creates, renames and deletes groups', async () => {
		expect((await admin.action('/reglages/groupes?/create', { name: 'Rejet' })).data).toEqual({ done: 'Groupe créé.' });
		const duplicate = await admin.action('/reglages/groupes?/create', { name: 'Rejet' });
		expect(duplicate.data?.errors).toEqual({ name: 'Un groupe porte déjà ce nom.' });
		expect((await admin.action('/reglages/groupes?/create', { name: ' ' })).data?.errors).toEqual({
			name: 'Ce champ est obligatoire.'
		});
		const [group] = await db.select().from(groups);
		expect(group.organisationId).toBe(orgA.id);

		expect((await admin.action('/reglages/groupes?/rename', { groupId: group.id, name: 'Contentieux' })).type).toBe(
			'success'
		);
		const page = await admin.get('/reglages/groupes');
		expect(page.status).toBe(200);
		expect(page.body).toContain('value="Contentieux"');

		const debtor = await makeDebtor(db, orgA.id);
		await db.insert(debtorGroups).values({ debtorId: debtor.id, groupId: group.id });
		expect((await admin.action('/reglages/groupes?/delete', { groupId: group.id })).data).toEqual({
			done: 'Groupe supprimé.'
		});
		expect(await db.select().from(groups)).toHaveLength(0);
		expect(await db.select().from(debtors)).toHaveLength(1);
	});

	it("only an admin manages groups, and only his organisation's", async () => {
		const [theirs] = await db.insert(groups).values({ organisationId: orgB.id, name: 'Secret' }).returning();
		for (const role of ['manager', 'approver', 'agent'] as const) {
			const client = await as(role);
			expect((await client.get('/reglages/groupes')).status).toBe(403);
			expect((await client.post('/reglages/groupes?/create', { name: 'Intrus' })).status).toBe(403);
		}
		expect((await admin.action('/reglages/groupes?/rename', { groupId: theirs.id, name: 'Volé' })).status).toBe(404);
		expect((await admin.action('/reglages/groupes?/delete', { groupId: theirs.id })).status).toBe(404);
		expect(await db.select().from(groups)).toMatchObject([{ name: 'Secret' }]);
	});
});
