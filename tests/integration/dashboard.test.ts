import { beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from '../helpers/db';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { loggedIn, type Client } from '../helpers/app';
import { decodeEntities } from '../helpers/html';
import {
	debtorPauses,
	deliveries,
	organisations,
	payments,
	reminders,
	scenarioReminders,
	scenarios
} from '../../src/lib/server/db/schema';
import { dashboardFigures } from '../../src/lib/server/dashboard/figures';
import { todayIn } from '../../src/lib/dates';
import type { Db } from '../../src/lib/server/db/types';
import { eq } from 'drizzle-orm';

/**
 * A crafted agency whose every figure is known: the edges of each age bucket, payments on the
 * 0th, 15th, 30th and 31st day after a step, a payment credited to the later of two steps, weeks
 * cut at midnight where the organisation is (Tokyo, nine hours ahead of UTC, so that the server's
 * day and the organisation's differ), pauses and promises kept, running and broken. A second
 * organisation holds one of everything, which no figure may count.
 */
const ZONE = 'Asia/Tokyo';
const CONTENT = { emailSubject: 's', emailHeader: '', emailBody: 'b', emailFooter: '', smsText: 't', letterBody: 'l' };

const shift = (day: string, days: number) => {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
};
/** An instant given as Tokyo's wall clock (UTC+9, no daylight saving). */
const tokyo = (day: string, time: string) => new Date(new Date(`${day}T${time}:00Z`).getTime() - 9 * 3600_000);

let db: Db;
let today: string;
let monday: string;
const ids: Record<string, string> = {};
const clients: Partial<Record<'admin' | 'manager' | 'approver' | 'agent', Client>> = {};

beforeAll(async () => {
	db = await freshDb();
	today = todayIn(ZONE);
	monday = shift(today, -((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7));
	const org = await makeOrganisation(db, 'Agence Tableau');
	await db.update(organisations).set({ timezone: ZONE }).where(eq(organisations.id, org.id));
	const other = await makeOrganisation(db, 'Agence Voisine');
	await db.update(organisations).set({ timezone: ZONE }).where(eq(organisations.id, other.id));

	const d: { id: string; name: string }[] = [];
	for (const name of ['Arnaud', 'Bertin', 'Carrel', 'Dumas', 'Esteve']) d.push(await makeDebtor(db, org.id, name));
	const stranger = await makeDebtor(db, other.id, 'Zola');
	Object.assign(ids, Object.fromEntries(d.map((x) => [x.name, x.id])), { Zola: stranger.id });

	// Ages: due today is not late; 1, 30 / 31, 60 / 61, 90 / 91 days late; a paid invoice.
	const inv = (debtor: { id: string }, due: number, amountCents: number, paidCents = 0) =>
		makeInvoice(db, org.id, debtor.id, {
			dueDate: shift(today, due),
			issueDate: shift(today, due - 30),
			amountCents,
			paidCents
		});
	await inv(d[0], 0, 10_000);
	await inv(d[1], 10, 5_000, 2_000);
	await inv(d[0], -1, 20_000);
	await inv(d[1], -30, 30_000);
	await inv(d[0], -31, 40_000);
	await inv(d[2], -60, 50_000, 10_000);
	await inv(d[2], -61, 60_000);
	await inv(d[3], -90, 70_000);
	await inv(d[2], -91, 80_000);
	await inv(d[3], -400, 90_000, 90_000);
	await makeInvoice(db, other.id, stranger.id, { dueDate: shift(today, -45), amountCents: 99_900 });

	// Reminders sent at noon in Tokyo, `days` before today; a step's, or none for one by hand.
	const [scenario] = await db.insert(scenarios).values({ organisationId: org.id, name: 'Standard' }).returning();
	const [otherScenario] = await db.insert(scenarios).values({ organisationId: other.id, name: 'Voisin' }).returning();
	const sent = async (
		organisationId: string,
		debtorId: string,
		days: number,
		step: number | null,
		status: 'sent' | 'scheduled' = 'sent'
	) => {
		const [r] = await db
			.insert(reminders)
			.values({
				organisationId,
				debtorId,
				status,
				sendDate: shift(today, -days),
				shortDescription: 'Relance',
				requiresValidation: false,
				content: CONTENT,
				sentAt: status === 'sent' ? tokyo(shift(today, -days), '12:00') : null
			})
			.returning();
		if (step !== null)
			await db.insert(scenarioReminders).values({
				reminderId: r.id,
				scenarioId: organisationId === org.id ? scenario.id : otherScenario.id,
				stepPosition: step
			});
		return r;
	};
	const paid = (organisationId: string, debtorId: string, days: number, amountCents: number) =>
		db.insert(payments).values({ organisationId, debtorId, amountCents, paidOn: shift(today, -days) });

	const a1 = await sent(org.id, d[0].id, 40, 1);
	await paid(org.id, d[0].id, 30, 10_000); // step 1, day 10
	await sent(org.id, d[0].id, 20, 2);
	await paid(org.id, d[0].id, 18, 2_500); // step 2 (the last one asked), day 2
	await paid(org.id, d[0].id, 2, 20_000); // step 2, day 18
	await sent(org.id, d[0].id, 1, 3, 'scheduled'); // not sent: nothing
	await sent(org.id, d[1].id, 25, 1);
	await paid(org.id, d[1].id, 25, 5_000); // step 1, the same day
	await paid(org.id, d[1].id, 10, 7_000); // step 1, day 15
	await sent(org.id, d[2].id, 60, 1);
	await paid(org.id, d[2].id, 30, 3_000); // step 1, day 30
	await paid(org.id, d[2].id, 29, 9_000); // day 31: too late
	await sent(org.id, d[3].id, 100, 3); // before the period
	await paid(org.id, d[3].id, 95, 1_100);
	await sent(org.id, d[3].id, 5, null); // by hand
	await paid(org.id, d[3].id, 3, 4_000); // by hand, day 2
	await sent(other.id, stranger.id, 10, 1);
	await paid(other.id, stranger.id, 5, 55_500);

	// Deliveries of the last twelve weeks, by when they left (or were made, when they never left).
	const contacts: { id: string }[] = [];
	for (let i = 0; i < 6; i++) contacts.push(await makeContact(db, org.id, d[0].id, { email: `c${i}@example.test` }));
	const delivery = (
		contact: number,
		channel: string,
		status: typeof deliveries.$inferInsert.status,
		at: Date,
		left = true
	) =>
		db.insert(deliveries).values({
			organisationId: org.id,
			reminderId: a1.id,
			contactId: contacts[contact].id,
			channel,
			status,
			createdAt: at,
			sentAt: left ? at : null
		});
	await delivery(0, 'email', 'sent', tokyo(monday, '00:30')); // this week, though still last week in UTC
	await delivery(1, 'email', 'sent', tokyo(shift(monday, -1), '23:30')); // last week
	await delivery(2, 'email', 'failed', tokyo(shift(monday, -7), '10:00'), false);
	await delivery(0, 'sms', 'sent', tokyo(shift(monday, -14), '09:00'));
	await delivery(0, 'letter', 'to_print', tokyo(monday, '08:00'), false);
	await delivery(3, 'email', 'sent', tokyo(shift(monday, -78), '23:59')); // before the twelve weeks
	await delivery(4, 'email', 'bounced', tokyo(shift(monday, -77), '00:00')); // the first of them
	const strangerContact = await makeContact(db, other.id, stranger.id);
	const strangerReminder = await sent(other.id, stranger.id, 3, null);
	await db.insert(deliveries).values({
		organisationId: other.id,
		reminderId: strangerReminder.id,
		contactId: strangerContact.id,
		channel: 'email',
		status: 'sent',
		sentAt: tokyo(monday, '10:00')
	});

	// Pauses: until today (still paused), expired yesterday, a promise running, one kept, one broken.
	const ago = (days: number) => new Date(Date.now() - days * 86_400_000);
	await db.insert(debtorPauses).values([
		{ debtorId: d[0].id, organisationId: org.id, until: today, createdAt: ago(1) },
		{ debtorId: d[1].id, organisationId: org.id, until: shift(today, -1), createdAt: ago(5) },
		{ debtorId: d[2].id, organisationId: org.id, until: shift(today, 10), promisedCents: 50_000, createdAt: ago(1) },
		{ debtorId: d[3].id, organisationId: org.id, until: shift(today, -2), promisedCents: 1_000, createdAt: ago(5) },
		{ debtorId: d[4].id, organisationId: org.id, until: shift(today, -1), promisedCents: 30_000, createdAt: ago(3) },
		{ debtorId: stranger.id, organisationId: other.id, until: shift(today, 3), promisedCents: 7_000, createdAt: ago(1) }
	]);
	await paid(org.id, d[4].id, 0, 10_000);
	ids.org = org.id;

	for (const role of ['admin', 'manager', 'approver', 'agent'] as const)
		clients[role] = await loggedIn((await makeUser(db, org.id, role)).email, TEST_PASSWORD);
}, 120_000);

describe('the dashboard’s figures', () => {
	it('splits what is owed by age, from the organisation’s today', async () => {
		const f = await dashboardFigures(db, ids.org);
		expect(f.today).toBe(today);
		expect(f.ages).toEqual([
			{ bucket: 'not-due', cents: 13_000, invoices: 2, debtors: 2 },
			{ bucket: '1-30', cents: 50_000, invoices: 2, debtors: 2 },
			{ bucket: '31-60', cents: 80_000, invoices: 2, debtors: 2 },
			{ bucket: '61-90', cents: 130_000, invoices: 2, debtors: 2 },
			{ bucket: '90+', cents: 80_000, invoices: 1, debtors: 1 }
		]);
	});

	it('credits each payment to the last reminder before it, within 15 and 30 days', async () => {
		const f = await dashboardFigures(db, ids.org);
		expect(f.recovery).toEqual([
			{ step: 1, sent: 3, within15Cents: 22_000, within15Debtors: 2, within30Cents: 25_000, within30Debtors: 3 },
			{ step: 2, sent: 1, within15Cents: 2_500, within15Debtors: 1, within30Cents: 22_500, within30Debtors: 1 },
			{ step: 'manual', sent: 1, within15Cents: 4_000, within15Debtors: 1, within30Cents: 4_000, within30Debtors: 1 }
		]);
	});

	it('counts the deliveries of the last twelve weeks by week, channel and outcome', async () => {
		const f = await dashboardFigures(db, ids.org);
		expect(f.weeksFrom).toBe(shift(monday, -77));
		expect(f.weeks).toEqual([
			{ week: shift(monday, -77), channel: 'email', outcome: 'bounced', count: 1 },
			{ week: shift(monday, -14), channel: 'sms', outcome: 'sent', count: 1 },
			{ week: shift(monday, -7), channel: 'email', outcome: 'failed', count: 1 },
			{ week: shift(monday, -7), channel: 'email', outcome: 'sent', count: 1 },
			{ week: monday, channel: 'email', outcome: 'sent', count: 1 },
			{ week: monday, channel: 'letter', outcome: 'to_print', count: 1 }
		]);
	});

	it('counts the debtors paused, under a promise, and whose promise was broken', async () => {
		const f = await dashboardFigures(db, ids.org);
		expect(f.pauses).toEqual({ paused: 1, promises: 1, promisedCents: 50_000, broken: 1, brokenCents: 20_000 });
	});
});

/** The debtors a list page shows, by name. */
async function listed(client: Client, query: string): Promise<string[]> {
	const reply = await client.get(`/debiteurs?${query}`);
	expect(reply.status).toBe(200);
	return [
		...reply.body.matchAll(/href="\/debiteurs\/[0-9a-f-]{36}"[^>]*>\s*<span>\s*<strong[^>]*>([^<]+)<\/strong>/g)
	].map((m) => decodeEntities(m[1]));
}

describe('the dashboard’s page', () => {
	it('is for managers and admins only', async () => {
		for (const role of ['manager', 'admin'] as const)
			expect((await clients[role]!.get('/tableau-de-bord')).status).toBe(200);
		for (const role of ['approver', 'agent'] as const)
			expect((await clients[role]!.get('/tableau-de-bord')).status).toBe(403);
		const plus = (await clients.manager!.get('/plus')).body;
		expect(plus).toContain('href="/tableau-de-bord"');
		expect((await clients.agent!.get('/plus')).body).not.toContain('href="/tableau-de-bord"');
	});

	it('links each figure to the list of the debtors behind it', async () => {
		const html = decodeEntities((await clients.manager!.get('/tableau-de-bord')).body);
		for (const href of [
			'/debiteurs?age=31-60',
			'/debiteurs?recouvre=1-15',
			'/debiteurs?recouvre=autres-30',
			'/debiteurs?etat=promesse-echue'
		])
			expect(html).toContain(`href="${href}"`);
		const manager = clients.manager!;
		expect(await listed(manager, 'age=not-due')).toEqual(['Arnaud', 'Bertin']);
		expect(await listed(manager, 'age=1-30')).toEqual(['Arnaud', 'Bertin']);
		expect(await listed(manager, 'age=31-60')).toEqual(['Arnaud', 'Carrel']);
		expect(await listed(manager, 'age=61-90')).toEqual(['Carrel', 'Dumas']);
		expect(await listed(manager, 'age=90%2B')).toEqual(['Carrel']);
		expect(await listed(manager, 'recouvre=1-15')).toEqual(['Arnaud', 'Bertin']);
		expect(await listed(manager, 'recouvre=1-30')).toEqual(['Arnaud', 'Bertin', 'Carrel']);
		expect(await listed(manager, 'recouvre=2-15')).toEqual(['Arnaud']);
		expect(await listed(manager, 'recouvre=autres-30')).toEqual(['Dumas']);
		expect(await listed(manager, 'etat=pause')).toEqual(['Arnaud']);
		expect(await listed(manager, 'etat=promesse')).toEqual(['Carrel']);
		expect(await listed(manager, 'etat=promesse-echue')).toEqual(['Esteve']);
		// No filter, or a malformed one: every debtor of the organisation, and his only.
		expect(await listed(manager, 'age=12-13')).toEqual(['Arnaud', 'Bertin', 'Carrel', 'Dumas', 'Esteve']);
	});

	it('links a week’s figure to the history of that week, cut at the organisation’s midnight', async () => {
		const html = decodeEntities((await clients.manager!.get('/tableau-de-bord')).body);
		const href = `/historique?canal=email&resultat=sent&du=${monday}&au=${shift(monday, 6)}`;
		expect(html).toContain(`href="${href}"`);
		const history = (await clients.manager!.get(href)).body;
		expect(history.match(/data-testid="history-row"/g)?.length).toBe(1);
	});
});
