import { beforeEach, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import {
	makeContact,
	makeDebtor,
	makeGroup,
	makeInvoice,
	makeOrganisation,
	makeUser,
	TEST_PASSWORD
} from '../helpers/factories';
import { loggedIn } from '../helpers/app';
import { bulkActions, contacts, invoices } from '../../src/lib/server/db/schema';
import type { Db } from '../../src/lib/server/db/types';
import { setConsent } from '../../src/lib/server/bulk/consents';
import { changeTag } from '../../src/lib/server/bulk/tags';

let db: Db;
let actor: { userId: string; organisationId: string };
let otherOrg: { id: string };

beforeEach(async () => {
	db = await freshDb();
	const org = await makeOrganisation(db);
	otherOrg = await makeOrganisation(db, 'Autre');
	actor = { userId: (await makeUser(db, org.id)).id, organisationId: org.id };
});

describe('bulk consent flags', () => {
	it('sets and clears a flag on chosen contacts or on the contacts of chosen debtors, counts what changed, and records it', async () => {
		const a = await makeDebtor(db, actor.organisationId, 'A');
		const b = await makeDebtor(db, actor.organisationId, 'B');
		const a1 = await makeContact(db, actor.organisationId, a.id, { consentSms: false });
		const a2 = await makeContact(db, actor.organisationId, a.id, { consentSms: true, role: 'garant' });
		const b1 = await makeContact(db, actor.organisationId, b.id, { consentSms: false });
		const foreign = await makeContact(db, otherOrg.id, (await makeDebtor(db, otherOrg.id)).id, { consentSms: false });

		expect(await setConsent(db, actor, { contactIds: [a1.id, a2.id, foreign.id] }, 'sms', true)).toEqual({
			selected: 2,
			changed: 1
		});
		expect(await setConsent(db, actor, { debtorIds: [a.id, b.id], role: 'relance' }, 'letter', false)).toEqual({
			selected: 2,
			changed: 2
		});
		const rows = await db.select().from(contacts).orderBy(asc(contacts.createdAt));
		const by = new Map(rows.map((c) => [c.id, c]));
		expect([
			by.get(a1.id)!.consentSms,
			by.get(a2.id)!.consentSms,
			by.get(b1.id)!.consentSms,
			by.get(foreign.id)!.consentSms
		]).toEqual([true, true, false, false]);
		expect([by.get(a1.id)!.consentLetter, by.get(a2.id)!.consentLetter, by.get(b1.id)!.consentLetter]).toEqual([
			false,
			true,
			false
		]);

		const log = await db
			.select()
			.from(bulkActions)
			.where(eq(bulkActions.organisationId, actor.organisationId))
			.orderBy(asc(bulkActions.at));
		expect(
			log.map(({ action, details, selected, changed, actorId }) => ({ action, details, selected, changed, actorId }))
		).toEqual([
			{ action: 'consent', details: { flag: 'sms', value: true }, selected: 2, changed: 1, actorId: actor.userId },
			{ action: 'consent', details: { flag: 'letter', value: false }, selected: 2, changed: 2, actorId: actor.userId }
		]);
	});
});

describe('bulk invoice tags', () => {
	it('adds a tag once, removes it, and counts only the invoices it changed', async () => {
		const debtor = await makeDebtor(db, actor.organisationId);
		const one = await makeInvoice(db, actor.organisationId, debtor.id, { tags: ['Relance 1'] });
		const two = await makeInvoice(db, actor.organisationId, debtor.id);
		const foreign = await makeInvoice(db, otherOrg.id, (await makeDebtor(db, otherOrg.id)).id);
		expect(await changeTag(db, actor, [one.id, two.id, foreign.id], 'Relance 1', true)).toEqual({
			selected: 2,
			changed: 1
		});
		const tags = async () =>
			(await db.select({ id: invoices.id, tags: invoices.tags }).from(invoices)).reduce(
				(m, i) => ({ ...m, [i.id]: i.tags }),
				{} as Record<string, string[]>
			);
		expect(await tags()).toEqual({ [one.id]: ['Relance 1'], [two.id]: ['Relance 1'], [foreign.id]: [] });
		expect(await changeTag(db, actor, [one.id], 'Relance 1', false)).toEqual({ selected: 1, changed: 1 });
		expect((await tags())[one.id]).toEqual([]);
		expect(
			await db
				.select({ action: bulkActions.action, changed: bulkActions.changed })
				.from(bulkActions)
				.orderBy(asc(bulkActions.at))
		).toEqual([
			{ action: 'tag_added', changed: 1 },
			{ action: 'tag_removed', changed: 1 }
		]);
	});
});

describe('the bulk pages', () => {
	it('tick a box for the filtered contacts and say how many changed; an approver may not', async () => {
		const debtor = await makeDebtor(db, actor.organisationId, 'Filtré');
		const one = await makeContact(db, actor.organisationId, debtor.id, { consentSms: false });
		const manager = await makeUser(db, actor.organisationId, 'manager');
		const client = await loggedIn(manager.email, TEST_PASSWORD);
		const page = await client.get('/actions-groupees/contacts?q=Filtr');
		expect(page.body).toContain(one.id);
		const reply = await client.action('/actions-groupees/contacts?/apply', { contactId: [one.id], change: 'sms:1' });
		expect(reply.data).toEqual({ done: '1 contact modifié sur 1 sélectionné.' });
		expect((await db.select().from(contacts).where(eq(contacts.id, one.id)))[0].consentSms).toBe(true);

		const approver = await makeUser(db, actor.organisationId, 'approver');
		const refused = await (
			await loggedIn(approver.email, TEST_PASSWORD)
		).action('/actions-groupees/contacts?/apply', { contactId: [one.id], change: 'sms:0' });
		expect(refused.status).toBe(403);
		expect((await db.select().from(contacts).where(eq(contacts.id, one.id)))[0].consentSms).toBe(true);
	});

	it('set or clear a flag on every contact of the ticked debtors, filtered by group, and say how many changed', async () => {
		const a = await makeDebtor(db, actor.organisationId, 'Alpha Contentieux');
		const b = await makeDebtor(db, actor.organisationId, 'Beta Contentieux');
		const outside = await makeDebtor(db, actor.organisationId, 'Gamma');
		const group = await makeGroup(db, actor.organisationId, 'Contentieux', [a.id, b.id]);
		await makeGroup(db, actor.organisationId, 'Rejet', [outside.id]);
		const a1 = await makeContact(db, actor.organisationId, a.id, { consentLetter: true });
		const a2 = await makeContact(db, actor.organisationId, a.id, { consentLetter: false, role: 'garant' });
		const b1 = await makeContact(db, actor.organisationId, b.id, { consentLetter: true });
		const g1 = await makeContact(db, actor.organisationId, outside.id, { consentLetter: true });
		const foreign = await makeContact(db, otherOrg.id, (await makeDebtor(db, otherOrg.id)).id, { consentLetter: true });

		const client = await loggedIn((await makeUser(db, actor.organisationId, 'manager')).email, TEST_PASSWORD);
		const page = await client.get(`/actions-groupees/debiteurs?groupe=${group.id}`);
		expect(page.status).toBe(200);
		expect(page.body).toContain(a.id);
		expect(page.body).toContain(b.id);
		expect(page.body).not.toContain(outside.id);
		// Each line counts its own debtor's contacts and how many of them have the flag.
		const text = page.body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
		expect(text).toMatch(/Alpha Contentieux [^·]*· 2 contacts E-mail \d\/2 Papier 1\/2/);
		expect(text).toMatch(/Beta Contentieux [^·]*· 1 contact E-mail \d\/1 Papier 1\/1/);

		// A forged debtor of another organisation is ticked too: its contact stays as it was.
		const cleared = await client.action('/actions-groupees/debiteurs?/apply', {
			debtorId: [a.id, b.id, foreign.debtorId],
			change: 'letter:0'
		});
		expect(cleared.data).toEqual({ done: '2 contacts modifiés sur 3 sélectionnés.' });
		const letter = async (id: string) => (await db.select().from(contacts).where(eq(contacts.id, id)))[0].consentLetter;
		expect([
			await letter(a1.id),
			await letter(a2.id),
			await letter(b1.id),
			await letter(g1.id),
			await letter(foreign.id)
		]).toEqual([false, false, false, true, true]);

		const guarantors = await client.action('/actions-groupees/debiteurs?/apply', {
			debtorId: [a.id, b.id],
			change: 'letter:1',
			role: 'garant'
		});
		expect(guarantors.data).toEqual({ done: '1 contact modifié sur 1 sélectionné.' });
		expect([await letter(a1.id), await letter(a2.id)]).toEqual([false, true]);

		expect(
			(
				await client.action('/actions-groupees/debiteurs?/apply', {
					debtorId: [a.id],
					change: 'letter:1',
					role: 'patron'
				})
			).status
		).toBe(400);
		expect((await client.action('/actions-groupees/debiteurs?/apply', { change: 'letter:1' })).data).toEqual({
			error: 'Cochez au moins une ligne.'
		});
		const log = await db
			.select()
			.from(bulkActions)
			.where(eq(bulkActions.organisationId, actor.organisationId))
			.orderBy(asc(bulkActions.at));
		expect(log.map(({ action, details, selected, changed }) => ({ action, details, selected, changed }))).toEqual([
			{ action: 'consent', details: { flag: 'letter', value: false }, selected: 3, changed: 2 },
			{ action: 'consent', details: { flag: 'letter', value: true }, selected: 1, changed: 1 }
		]);

		const approver = await loggedIn((await makeUser(db, actor.organisationId, 'approver')).email, TEST_PASSWORD);
		expect(
			(await approver.action('/actions-groupees/debiteurs?/apply', { debtorId: [a.id], change: 'letter:1' })).status
		).toBe(403);
		expect(await letter(a1.id)).toBe(false);
	});
});
