import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { loggedIn } from '../helpers/app';
import {
	debtors,
	deliveries,
	invoices,
	reminderEvents,
	reminderRecipients,
	reminders,
	templates
} from '../../src/lib/server/db/schema';
import type { Db } from '../../src/lib/server/db/types';
import {
	beforeRunLists,
	countScopeDebtors,
	createReadyReminders,
	DEBTOR_PAGE_SIZE,
	excludeDebtors,
	includeDebtors
} from '../../src/lib/server/lists/before-run';
import { useEmailSuggestion } from '../../src/lib/server/contacts/contacts';
import { runPass } from '../../src/lib/server/delivery/scheduler';
import {
	countDueReminders,
	dueReminderLists,
	DUE_LIST_LIMIT,
	holdReminders,
	readyReminderIds
} from '../../src/lib/server/lists/due-reminders';

let db: Db;
let org: { id: string };
let actor: { userId: string; organisationId: string };
let d: Record<'ready' | 'typo' | 'none' | 'paid' | 'other', { id: string; name: string }>;
let typoContact: { id: string };

const ALL = { accounts: [] };
const names = (list: { name: string }[]) => list.map((x) => x.name).sort();

beforeEach(async () => {
	db = await freshDb();
	org = await makeOrganisation(db);
	actor = { userId: (await makeUser(db, org.id, 'manager')).id, organisationId: org.id };
	const other = await makeOrganisation(db, 'Autre agence');
	d = {
		ready: await makeDebtor(db, org.id, 'Prêt'),
		typo: await makeDebtor(db, org.id, 'Faute'),
		none: await makeDebtor(db, org.id, 'Sans contact'),
		paid: await makeDebtor(db, org.id, 'À jour'),
		other: await makeDebtor(db, other.id, 'Autre')
	};
	for (const debtor of [d.ready, d.typo, d.none])
		await makeInvoice(db, org.id, debtor.id, { dueDate: '2026-01-10', issueDate: '2026-01-01', amountCents: 50000 });
	await makeInvoice(db, org.id, d.paid.id, {
		dueDate: '2026-01-10',
		issueDate: '2026-01-01',
		amountCents: 50000,
		paidCents: 50000
	});
	await makeContact(db, org.id, d.ready.id, { email: 'pret@example.fr' });
	typoContact = await makeContact(db, org.id, d.typo.id, {
		email: 'faute@gmial.com',
		emailCheck: 'typo',
		emailSuggestion: 'faute@gmail.com'
	});
	await makeContact(db, org.id, d.none.id, { role: 'facturation', email: 'compta@example.fr' });
	await makeContact(db, org.id, d.paid.id, { email: 'ajour@example.fr' });
});

describe('the lists before a run', () => {
	it('sorts the debtors with an overdue invoice into ready, to check and without a reminder contact', async () => {
		const lists = await beforeRunLists(db, org.id, ALL);
		expect(names(lists.ready)).toEqual(['Prêt']);
		expect(lists.toCheck.map((x) => x.flagged)).toEqual([
			[expect.objectContaining({ email: 'faute@gmial.com', check: 'typo', suggestion: 'faute@gmail.com' })]
		]);
		expect(names(lists.noContact)).toEqual(['Sans contact']);
		expect(lists.excluded).toEqual([]);
		const chosen = await beforeRunLists(db, org.id, { accounts: [(await makeDebtor(db, org.id, 'x')).accountNumber] });
		expect(chosen.noContact.map((x) => x.name)).toEqual(['x']);
	});

	it('moves several at once to excluded and back, fixes an email, and never touches another organisation', async () => {
		expect(await excludeDebtors(db, actor, [d.ready.id, d.none.id, d.other.id])).toBe(2);
		let lists = await beforeRunLists(db, org.id, ALL);
		expect(names(lists.excluded)).toEqual(['Prêt', 'Sans contact']);
		expect(lists.ready).toEqual([]);
		expect(await includeDebtors(db, org.id, [d.none.id])).toBe(1);
		expect(await useEmailSuggestion(db, org.id, d.typo.id, typoContact.id)).toBe('ok');
		lists = await beforeRunLists(db, org.id, ALL);
		expect(names(lists.ready)).toEqual(['Faute']);
		expect(names(lists.noContact)).toEqual(['Sans contact']);
		expect(names(lists.excluded)).toEqual(['Prêt']);
	});

	it('pages the debtors by account number, and sends to a debtor ticked on a later page', async () => {
		// A full first page of accounts sorted before the three of beforeEach ('LOC-…').
		const first = await db
			.insert(debtors)
			.values(
				Array.from({ length: DEBTOR_PAGE_SIZE }, (_, i) => ({
					organisationId: org.id,
					name: `Avant ${i}`,
					accountNumber: `AAA-${String(i).padStart(4, '0')}`
				}))
			)
			.returning({ id: debtors.id });
		await db.insert(invoices).values(
			first.map((x, i) => ({
				organisationId: org.id,
				debtorId: x.id,
				number: `AV-${i}`,
				issueDate: '2026-01-01',
				dueDate: '2026-01-10',
				amountCents: 1000
			}))
		);
		const size = (lists: Record<string, unknown[]>) => Object.values(lists).reduce((n, list) => n + list.length, 0);

		expect(await countScopeDebtors(db, org.id, ALL)).toBe(DEBTOR_PAGE_SIZE + 3);
		const page1 = await beforeRunLists(db, org.id, { accounts: [], page: 1 });
		expect(size(page1)).toBe(DEBTOR_PAGE_SIZE);
		expect(page1.ready.map((x) => x.name)).not.toContain('Prêt');
		const page2 = await beforeRunLists(db, org.id, { accounts: [], page: 2 });
		expect([...names(page2.ready), ...names(page2.toCheck), ...names(page2.noContact)].sort()).toEqual([
			'Faute',
			'Prêt',
			'Sans contact'
		]);

		const client = await loggedIn((await makeUser(db, org.id, 'manager')).email, TEST_PASSWORD);
		expect((await client.get('/avant-envoi?impayes')).body).toContain('href="?impayes&amp;page=2"');
		const second = (await client.get('/avant-envoi?impayes&page=2')).body;
		expect(second).toContain('Prêt');
		expect(second).toContain('Page 2 sur 2');

		const [template] = await db
			.insert(templates)
			.values({
				organisationId: org.id,
				name: 'Première relance',
				shortDescription: 'Première relance',
				channels: ['email'],
				emailSubject: 'Rappel',
				emailBody: 'Bonjour.'
			})
			.returning();
		// Ticked on page 2, sent from a form whose scope is the overdue debtors.
		const outcome = await createReadyReminders(db, actor, ALL, [d.ready.id, first[0].id], template.id);
		expect(outcome).toMatchObject({ ok: true, refused: [] });
		if (!outcome.ok) return;
		const made = await db
			.select({ debtorId: reminders.debtorId })
			.from(reminders)
			.where(eq(reminders.organisationId, org.id));
		expect(made).toEqual([{ debtorId: d.ready.id }]);
	});

	it('sends from the ready list only, through the send-now pass, leaving other due reminders alone', async () => {
		const [template] = await db
			.insert(templates)
			.values({
				organisationId: org.id,
				name: 'Première relance',
				shortDescription: 'Première relance',
				channels: ['email'],
				emailSubject: 'Rappel',
				emailBody: 'Bonjour, merci de régler votre solde.'
			})
			.returning();
		const [elsewhere] = await db
			.insert(reminders)
			.values({
				organisationId: org.id,
				debtorId: d.paid.id,
				status: 'scheduled',
				sendDate: '2026-01-01',
				shortDescription: 'Due, but not on the ready list',
				requiresValidation: false,
				immediate: true,
				content: { emailSubject: 'x', emailHeader: '', emailBody: 'x', emailFooter: '', smsText: '', letterBody: '' }
			})
			.returning();
		await excludeDebtors(db, actor, [d.typo.id]);
		// The excluded and the one on another list are ticked too: only the ready one is sent.
		const outcome = await createReadyReminders(db, actor, ALL, [d.ready.id, d.typo.id, d.none.id], template.id);
		expect(outcome).toMatchObject({ ok: true, refused: [], pendingValidation: 0 });
		if (!outcome.ok) return;
		expect(outcome.reminderIds).toHaveLength(1);
		const [made] = await db.select().from(reminders).where(eq(reminders.id, outcome.reminderIds[0]));
		expect(made).toMatchObject({ debtorId: d.ready.id, immediate: true, status: 'scheduled' });

		const [report] = await runPass(db, {
			trigger: 'manual',
			organisationId: org.id,
			ignoreHours: true,
			reminderIds: outcome.reminderIds,
			enqueue: async () => {}
		});
		expect(report).toMatchObject({ reminders: 1, deliveries: 1 });
		const sent = await db.select().from(deliveries);
		expect(sent).toEqual([expect.objectContaining({ reminderId: made.id, channel: 'email' })]);
		expect((await db.select().from(reminders).where(eq(reminders.id, elsewhere.id)))[0].status).toBe('scheduled');
	});
});

describe("the lists of the day's reminders", () => {
	const content = {
		emailSubject: 'Rappel',
		emailHeader: '',
		emailBody: 'x',
		emailFooter: '',
		smsText: '',
		letterBody: ''
	};
	async function scheduled(debtorId: string, contactId: string, values: Partial<typeof reminders.$inferInsert> = {}) {
		const [reminder] = await db
			.insert(reminders)
			.values({
				organisationId: org.id,
				debtorId,
				status: 'scheduled',
				sendDate: '2026-01-15',
				shortDescription: 'Relance',
				requiresValidation: false,
				content,
				...values
			})
			.returning();
		await db.insert(reminderRecipients).values({ reminderId: reminder.id, contactId, channels: ['email'] });
		return reminder;
	}
	const pass = (reminderIds?: string[]) =>
		runPass(db, {
			trigger: 'manual',
			organisationId: org.id,
			ignoreHours: true,
			reminderIds,
			at: new Date('2026-01-15T10:00:00Z'),
			enqueue: async () => {}
		});
	const statusOf = async (id: string) => (await db.select().from(reminders).where(eq(reminders.id, id)))[0].status;

	it('sorts the due reminders into the four lists; a held one is not claimed by any pass until put back', async () => {
		const good = await makeContact(db, org.id, d.ready.id, { email: 'second@example.fr' });
		const noEmail = await makeContact(db, org.id, d.none.id, { email: null });
		const ready = await scheduled(d.ready.id, good.id, { shortDescription: 'Prête' });
		const held = await scheduled(d.ready.id, good.id, {
			shortDescription: 'Tenue',
			immediate: true,
			sendDate: '2099-01-01'
		});
		const toCheck = await scheduled(d.typo.id, typoContact.id, { shortDescription: 'À contrôler' });
		const none = await scheduled(d.none.id, noEmail.id, { shortDescription: 'Sans adresse' });
		await scheduled(d.ready.id, good.id, { shortDescription: 'Plus tard', sendDate: '2099-01-01' });
		await scheduled(d.ready.id, good.id, { shortDescription: 'En attente', status: 'pending_validation' });

		expect(await holdReminders(db, actor, [held.id, d.other.id], true)).toBe(1);
		const lists = await dueReminderLists(db, org.id);
		const descriptions = (list: { shortDescription: string }[]) => list.map((r) => r.shortDescription);
		expect({
			ready: descriptions(lists.ready),
			toCheck: descriptions(lists.toCheck),
			noContact: descriptions(lists.noContact),
			excluded: descriptions(lists.excluded)
		}).toEqual({
			ready: ['Prête'],
			toCheck: ['À contrôler'],
			noContact: ['Sans adresse'],
			excluded: ['Tenue']
		});
		expect(lists.toCheck[0].flagged).toEqual([
			expect.objectContaining({ email: 'faute@gmial.com', suggestion: 'faute@gmail.com' })
		]);

		// The automatic pass sends every due reminder but the held one, immediate though it is.
		const [first] = await pass();
		expect(first.reminders).toBe(3);
		expect(await statusOf(held.id)).toBe('scheduled');
		expect(await statusOf(ready.id)).toBe('sending');
		expect(await statusOf(toCheck.id)).toBe('sending');
		expect(await statusOf(none.id)).toBe('sending');

		expect(
			await holdReminders(db, { ...actor, organisationId: (await makeOrganisation(db, 'Tierce')).id }, [held.id], false)
		).toBe(0);
		expect(await holdReminders(db, actor, [held.id], false)).toBe(1);
		const [second] = await pass();
		expect(second.reminders).toBe(1);
		expect(await statusOf(held.id)).toBe('sending');
		const events = await db.select().from(reminderEvents).where(eq(reminderEvents.reminderId, held.id));
		expect(
			events.map((e) => ({ action: e.action, actorId: e.actorId })).sort((a, b) => a.action.localeCompare(b.action))
		).toEqual([
			{ action: 'held', actorId: actor.userId },
			{ action: 'released', actorId: actor.userId },
			{ action: 'sending', actorId: null }
		]);
	});

	it('sends from the ready list only, and a person holds and puts back through the page', async () => {
		const noEmail = await makeContact(db, org.id, d.none.id, { email: null });
		const good = await makeContact(db, org.id, d.ready.id, { email: 'second@example.fr' });
		const ready = await scheduled(d.ready.id, good.id, { shortDescription: 'Prête', sendDate: '2026-01-14' });
		const other = await scheduled(d.ready.id, good.id, { shortDescription: 'Autre prête' });
		const toCheck = await scheduled(d.typo.id, typoContact.id);
		const none = await scheduled(d.none.id, noEmail.id);

		const client = await loggedIn((await makeUser(db, org.id, 'agent')).email, TEST_PASSWORD);
		const page = await client.get('/avant-envoi');
		expect(page.body).toContain('Relances du jour');
		expect(page.body).toContain(ready.id);
		const heldReply = await client.action('/avant-envoi?/hold', { reminderId: [other.id, toCheck.id] });
		expect(heldReply.data).toEqual({ done: "2 relances exclues de l'envoi." });
		expect((await dueReminderLists(db, org.id)).excluded.map((r) => r.id).sort()).toEqual(
			[other.id, toCheck.id].sort()
		);
		expect((await client.get(`/relances/${other.id}`)).body).toContain('data-testid="held"');
		expect((await client.action('/avant-envoi?/release', { one: toCheck.id })).data).toEqual({
			done: '1 relance remise dans les listes.'
		});

		// Everything is ticked, but only the ready one not held leaves.
		const chosen = await readyReminderIds(db, org.id, [ready.id, other.id, toCheck.id, none.id]);
		expect(chosen).toEqual([ready.id]);
		const [report] = await pass(chosen);
		expect(report).toMatchObject({ reminders: 1, deliveries: 1 });
		expect(await statusOf(ready.id)).toBe('sending');
		for (const id of [other.id, toCheck.id, none.id]) expect(await statusOf(id)).toBe('scheduled');

		const approver = await loggedIn((await makeUser(db, org.id, 'approver')).email, TEST_PASSWORD);
		expect((await approver.action('/avant-envoi?/release', { one: other.id })).status).toBe(403);
	});

	it('an excluded debtor shows how many of his scheduled reminders still leave today', async () => {
		const good = await makeContact(db, org.id, d.ready.id, { email: 'second@example.fr' });
		await scheduled(d.ready.id, good.id, { shortDescription: 'Du jour' });
		await scheduled(d.ready.id, good.id, { shortDescription: 'Immédiate', immediate: true, sendDate: '2099-01-01' });
		const held = await scheduled(d.ready.id, good.id, { shortDescription: 'Tenue' });
		await scheduled(d.ready.id, good.id, { shortDescription: 'Plus tard', sendDate: '2099-01-01' });
		await scheduled(d.ready.id, good.id, { shortDescription: 'En attente', status: 'pending_validation' });
		await holdReminders(db, actor, [held.id], true);
		await excludeDebtors(db, actor, [d.ready.id, d.typo.id]);

		const lists = await beforeRunLists(db, org.id, ALL);
		expect(lists.excluded.map((x) => [x.name, x.leavingToday]).sort()).toEqual([
			['Faute', 0],
			['Prêt', 2]
		]);
		const client = await loggedIn((await makeUser(db, org.id, 'manager')).email, TEST_PASSWORD);
		const body = (await client.get('/avant-envoi?impayes')).body;
		expect(body.match(/data-testid="leaving-today"/g)).toHaveLength(1);
		expect(body).toContain("2 relances déjà planifiées partent encore aujourd'hui");
	});

	it('shows at most DUE_LIST_LIMIT of the day and says how many there are in all', async () => {
		const good = await makeContact(db, org.id, d.ready.id, { email: 'second@example.fr' });
		await scheduled(d.ready.id, good.id);
		const client = await loggedIn((await makeUser(db, org.id, 'agent')).email, TEST_PASSWORD);
		expect((await client.get('/avant-envoi')).body).not.toContain('data-testid="due-truncated"');

		const more = DUE_LIST_LIMIT + 1;
		await db.insert(reminders).values(
			Array.from({ length: more }, (_, i) => ({
				organisationId: org.id,
				debtorId: d.none.id,
				status: 'scheduled' as const,
				sendDate: '2026-01-15',
				shortDescription: `Relance ${i}`,
				requiresValidation: false,
				content
			}))
		);
		// Another organisation's day counts for nobody here.
		await db.insert(reminders).values({
			organisationId: (await makeOrganisation(db, 'Tierce')).id,
			debtorId: d.other.id,
			status: 'scheduled',
			sendDate: '2026-01-15',
			shortDescription: 'Ailleurs',
			requiresValidation: false,
			content
		});

		const lists = await dueReminderLists(db, org.id);
		expect(Object.values(lists).reduce((n, list) => n + list.length, 0)).toBe(DUE_LIST_LIMIT);
		expect(await countDueReminders(db, org.id)).toBe(more + 1);
		const body = (await client.get('/avant-envoi')).body;
		expect(body).toContain('data-testid="due-truncated"');
		expect(body).toContain(`Seules les ${DUE_LIST_LIMIT} premières des ${more + 1} relances du jour sont affichées`);
	});
});
