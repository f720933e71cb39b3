import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation, makeUser } from '../helpers/factories';
import { deliveries, reminders, templates } from '../../src/lib/server/db/schema';
import type { Db } from '../../src/lib/server/db/types';
import { beforeRunLists, createReadyReminders, excludeDebtors, includeDebtors } from '../../src/lib/server/lists/before-run';
import { useEmailSuggestion } from '../../src/lib/server/contacts/contacts';
import { runPass } from '../../src/lib/server/delivery/scheduler';

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
	for (const debtor of [d.ready, d.typo, d.none]) await makeInvoice(db, org.id, debtor.id, { dueDate: '2026-01-10', issueDate: '2026-01-01', amountCents: 50000 });
	await makeInvoice(db, org.id, d.paid.id, { dueDate: '2026-01-10', issueDate: '2026-01-01', amountCents: 50000, paidCents: 50000 });
	await makeContact(db, org.id, d.ready.id, { email: 'pret@example.fr' });
	typoContact = await makeContact(db, org.id, d.typo.id, { email: 'faute@gmial.com', emailCheck: 'typo', emailSuggestion: 'faute@gmail.com' });
	await makeContact(db, org.id, d.none.id, { role: 'facturation', email: 'compta@example.fr' });
	await makeContact(db, org.id, d.paid.id, { email: 'ajour@example.fr' });
});

describe('the lists before a run', () => {
	it('sorts the debtors with an overdue invoice into ready, to check and without a reminder contact', async () => {
		const lists = await beforeRunLists(db, org.id, ALL);
		expect(names(lists.ready)).toEqual(['Prêt']);
		expect(lists.toCheck.map((x) => x.flagged)).toEqual([[expect.objectContaining({ email: 'faute@gmial.com', check: 'typo', suggestion: 'faute@gmail.com' })]]);
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

	it('sends from the ready list only, through the send-now pass, leaving other due reminders alone', async () => {
		const [template] = await db
			.insert(templates)
			.values({ organisationId: org.id, name: 'Première relance', shortDescription: 'Première relance', channels: ['email'], emailSubject: 'Rappel', emailBody: 'Bonjour, merci de régler votre solde.' })
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

		const [report] = await runPass(db, { trigger: 'manual', organisationId: org.id, ignoreHours: true, reminderIds: outcome.reminderIds, enqueue: async () => {} });
		expect(report).toMatchObject({ reminders: 1, deliveries: 1 });
		const sent = await db.select().from(deliveries);
		expect(sent).toEqual([expect.objectContaining({ reminderId: made.id, channel: 'email' })]);
		expect((await db.select().from(reminders).where(eq(reminders.id, elsewhere.id)))[0].status).toBe('scheduled');
	});
});
