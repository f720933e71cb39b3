import { beforeEach, describe, expect, it } from 'vitest';
import { eq, inArray, sql } from 'drizzle-orm';
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
import { loggedIn, type Client } from '../helpers/app';
import { byTestId } from '../helpers/html';
import {
	organisations,
	reminderRecipients,
	reminders,
	scenarioReminders,
	scenarios
} from '../../src/lib/server/db/schema';
import type { Db } from '../../src/lib/server/db/types';

let db: Db;
let org: { id: string };
let approver: Client;
let approverId: string;
let ids: string[];

const content = {
	emailSubject: 'Loyer',
	emailHeader: '',
	emailBody: 'Bonjour',
	emailFooter: '',
	smsText: 'Solde',
	letterBody: 'Madame'
};
const day = (n: number) => new Date(Date.UTC(2027, 0, 1) + n * 864e5).toISOString().slice(0, 10);
const name = (n: number) => `Relance ${String(n).padStart(3, '0')}`;

/** 600 pending reminders, one a day; every third by SMS, the first hundred made by Alice. */
beforeEach(async () => {
	db = await freshDb();
	org = await makeOrganisation(db, 'Agence Lumière');
	const debtor = await makeDebtor(db, org.id, 'Durand');
	const contact = await makeContact(db, org.id, debtor.id);
	await makeInvoice(db, org.id, debtor.id);
	const alice = await makeUser(db, org.id, 'manager');
	const approverUser = await makeUser(db, org.id, 'approver');
	approverId = approverUser.id;
	approver = await loggedIn(approverUser.email, TEST_PASSWORD);
	const rows = await db
		.insert(reminders)
		.values(
			Array.from({ length: 600 }, (_, i) => ({
				organisationId: org.id,
				debtorId: debtor.id,
				status: 'pending_validation' as const,
				sendDate: day(i),
				shortDescription: name(i + 1),
				requiresValidation: true,
				content,
				createdBy: i < 100 ? alice.id : null
			}))
		)
		.returning({ id: reminders.id });
	ids = rows.map((r) => r.id);
	await db
		.insert(reminderRecipients)
		.values(
			rows.map((r, i) => ({ reminderId: r.id, contactId: contact.id, channels: [(i + 1) % 3 === 0 ? 'sms' : 'email'] }))
		);
});

async function list(query = '') {
	const reply = await approver.get(`/a-valider/liste${query}`);
	expect(reply.status).toBe(200);
	return reply.body;
}
const count = (html: string) => byTestId(html, 'pending-count')[0]?.text.trim();
const shown = (html: string) => byTestId(html, 'pending').map((p) => p.text.match(/Relance \d{3}/)![0]);

describe('À valider, page by page on the server', () => {
	it('counts all 600 and reaches the last one on the last page, without script', async () => {
		const first = await list();
		expect(count(first)).toBe('600 relances à valider');
		expect(shown(first)).toHaveLength(50);
		expect(first).toContain('href="?page=2"');
		const last = await list('?page=12');
		expect(shown(last).at(-1)).toBe('Relance 600');
		expect(shown(last)).toHaveLength(50);
		// Compact: who, how much, which step, when, how, by whom; the text waits behind its fold.
		const card = byTestId(last, 'pending').at(-1)!.text.replace(/\s+/g, ' ');
		expect(card).toMatch(
			/^Relance 600 Durand · Dû : [\d\s,]+ € · Relance manuelle · 22\/08\/2028 · SMS Voir ce qui part Valider$/
		);
	});

	it('narrows by channel, dates and creator', async () => {
		expect(count(await list('?canal=sms'))).toBe('200 relances à valider');
		expect(count(await list(`?du=${day(0)}&au=${day(9)}`))).toBe('10 relances à valider');
		const alices = await list(
			`?auteur=${(await db.select().from(reminders).where(eq(reminders.id, ids[0])))[0].createdBy}&canal=sms`
		);
		expect(count(alices)).toBe('33 relances à valider');
	});

	it("shows each card's step and group, and narrows by step and by group", async () => {
		const [scenario] = await db.insert(scenarios).values({ organisationId: org.id, name: 'Défaut' }).returning();
		// The first ten are the scenario's second step, tagged; the next five its first.
		await db
			.insert(scenarioReminders)
			.values([
				...ids
					.slice(0, 10)
					.map((reminderId) => ({ reminderId, scenarioId: scenario.id, stepPosition: 2, tag: 'Mise en demeure' })),
				...ids.slice(10, 15).map((reminderId) => ({ reminderId, scenarioId: scenario.id, stepPosition: 1 }))
			]);
		const group = await makeGroup(db, org.id, 'Commerces');
		await db
			.update(reminders)
			.set({ groupId: group.id })
			.where(inArray(reminders.id, ids.slice(5, 12)));

		const all = await list();
		expect(
			byTestId(all, 'step')
				.slice(0, 16)
				.map((s) => s.text)
		).toEqual([...Array(10).fill('Étape 2 · Mise en demeure'), ...Array(5).fill('Étape 1'), 'Relance manuelle']);
		expect(byTestId(all, 'pending')[5].text).toContain('Commerces');
		// The step filter offers the steps pending, by hand first.
		expect([...all.matchAll(/<option value="(manual|scenario|\d+)"[^>]*>([^<]+)</g)].map((o) => o[2])).toEqual([
			'Relance manuelle',
			'Étape 1',
			'Étape 2'
		]);
		expect(count(await list('?etape=2'))).toBe('10 relances à valider');
		expect(count(await list('?etape=1'))).toBe('5 relances à valider');
		expect(count(await list('?etape=manual'))).toBe('585 relances à valider');
		expect(count(await list(`?etape=2&groupe=${group.id}`))).toBe('5 relances à valider');
		expect(shown(await list(`?etape=1&groupe=${group.id}`))).toEqual(['Relance 011', 'Relance 012']);
	});

	it('« Valider les N affichées » states N, then approves exactly those, never one changed since', async () => {
		const confirm = await list('?canal=sms&confirmer=1');
		expect(byTestId(confirm, 'approve-filtered')[0].text).toContain('Valider ces 200 relances ?');
		const shownAt = confirm.match(/name="shownAt" value="([^"]+)"/)![1];
		// Edited after the list was shown: it is not approved unseen.
		const changed = ids[2];
		await db
			.update(reminders)
			.set({ version: sql`${reminders.version} + 1`, updatedAt: sql`now() + interval '1 second'` })
			.where(eq(reminders.id, changed));

		const reply = await approver.action('/a-valider/liste?/approveShown', { canal: 'sms', shownAt });
		expect(reply.data?.done).toBe('199 relances traitées, 1 refusée.');
		const rows = await db.select({ id: reminders.id, status: reminders.status }).from(reminders);
		const approved = new Set(rows.filter((r) => r.status === 'scheduled').map((r) => r.id));
		const sms = ids.filter((_, i) => (i + 1) % 3 === 0);
		expect(approved.size).toBe(199);
		expect(sms.filter((id) => id !== changed).every((id) => approved.has(id))).toBe(true);
		expect(approved.has(changed)).toBe(false);
		expect(count(await list())).toBe('401 relances à valider');
	});

	it('under the four-eyes rule, says which ones its viewer made instead of offering to approve them', async () => {
		await db.update(organisations).set({ forbidSelfApproval: true }).where(eq(organisations.id, org.id));
		await db.update(reminders).set({ updatedBy: approverId }).where(eq(reminders.id, ids[0]));
		const html = await list();
		const [mine, other] = byTestId(html, 'pending');
		expect(mine.text).toContain("Vous l'avez créée ou modifiée : un autre valideur doit la valider");
		expect(other.text).not.toContain('un autre valideur');
		expect(byTestId(html, 'approve-filtered')[0].text).toContain('Valider les 599 affichées');
		// Re-run on the server, the filter leaves it out too.
		const shownAt = (await list('?confirmer=1')).match(/name="shownAt" value="([^"]+)"/)![1];
		const reply = await approver.action('/a-valider/liste?/approveShown', { shownAt, du: day(0), au: day(1) });
		expect(reply.data?.done).toBe('1 relance traitée, 0 refusée.');
		const [row] = await db.select().from(reminders).where(eq(reminders.id, ids[0]));
		expect(row.status).toBe('pending_validation');
	});
});
