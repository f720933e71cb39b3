import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { loggedIn } from '../helpers/app';
import { byTestId } from '../helpers/html';
import {
	deliveries,
	organisations,
	reminderInvoices,
	reminderRecipients,
	reminders,
	scenarioReminders,
	scenarios,
	schedulerPasses
} from '../../src/lib/server/db/schema';
import { sendingBlock } from '../../src/lib/server/delivery/today';
import { daysBefore } from '../../src/lib/server/delivery/sending-hours';
import { todayIn } from '../../src/lib/dates';
import type { Db } from '../../src/lib/server/db/types';
import { finishOperations, operationIn, operationReply } from '../helpers/operations';

const CONTENT = { emailSubject: 's', emailHeader: '', emailBody: 'b', emailFooter: '', smsText: 't', letterBody: 'l' };

let db: Db;
let org: { id: string };
beforeEach(async () => {
	db = await freshDb();
	org = await makeOrganisation(db, 'Agence Lumière');
	// Every day, every hour: the page is read inside the sending window, whatever the clock says.
	await db
		.update(organisations)
		.set({ sendingDays: [1, 2, 3, 4, 5, 6, 7], sendingStart: '00:00', sendingEnd: '23:59', skipHolidays: false });
});
afterEach(() => {
	delete process.env.TEST_INSTANCE;
});

async function reminder(debtorId: string, values: Partial<typeof reminders.$inferInsert> = {}) {
	const [row] = await db
		.insert(reminders)
		.values({
			organisationId: org.id,
			debtorId,
			status: 'scheduled',
			sendDate: '2026-01-01',
			shortDescription: 'Relance',
			requiresValidation: false,
			content: CONTENT,
			...values
		})
		.returning();
	return row;
}

/** Whitespace as a reader sees it: French amounts use narrow no-break spaces. */
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

async function page(role: 'manager' | 'admin' | 'agent' = 'manager') {
	const user = await makeUser(db, org.id, role);
	const client = await loggedIn(user.email, TEST_PASSWORD);
	return { client, html: (await client.get('/aujourdhui')).body };
}

describe('what leaves today', () => {
	it('shows each reminder’s debtor, amount due, step and channels', async () => {
		const martin = await makeDebtor(db, org.id, 'Martin Claire');
		const tenant = await makeContact(db, org.id, martin.id);
		const guarantor = await makeContact(db, org.id, martin.id, { firstName: 'Paul', email: 'paul@example.test' });
		const covered = await makeInvoice(db, org.id, martin.id, { amountCents: 85_000, paidCents: 10_000 });
		await makeInvoice(db, org.id, martin.id, { amountCents: 30_000 });
		const [scenario] = await db.insert(scenarios).values({ organisationId: org.id, name: 'Standard' }).returning();
		const step = await reminder(martin.id, { shortDescription: 'Mise en demeure' });
		await db.insert(reminderInvoices).values({ reminderId: step.id, invoiceId: covered.id });
		await db
			.insert(scenarioReminders)
			.values({ reminderId: step.id, scenarioId: scenario.id, stepPosition: 2, tag: 'MED' });
		await db.insert(reminderRecipients).values([
			{ reminderId: step.id, contactId: tenant.id, channels: ['sms', 'email'] },
			{ reminderId: step.id, contactId: guarantor.id, channels: ['letter', 'email'] }
		]);

		const durand = await makeDebtor(db, org.id, 'Durand Paul');
		const durandContact = await makeContact(db, org.id, durand.id);
		await makeInvoice(db, org.id, durand.id, { amountCents: 120_000, paidCents: 20_050 });
		await makeInvoice(db, org.id, durand.id, { amountCents: 5_000 });
		const manual = await reminder(durand.id, { shortDescription: 'Rappel', immediate: true, sendDate: '2099-01-01' });
		await db
			.insert(reminderRecipients)
			.values({ reminderId: manual.id, contactId: durandContact.id, channels: ['email'] });
		// Not today's: a later date, and one set aside by hand.
		await db.insert(reminderRecipients).values({
			reminderId: (await reminder(durand.id, { sendDate: '2099-01-01' })).id,
			contactId: durandContact.id,
			channels: ['sms']
		});

		const rows = byTestId((await page()).html, 'today-reminder').map((r) => ({
			href: r.attributes.href,
			text: plain(r.text)
		}));
		expect(rows.map((r) => r.href)).toEqual([`/relances/${step.id}`, `/relances/${manual.id}`]);
		// The invoices it covers: 850 − 100; not the debtor's whole balance (1 050).
		expect(rows[0].text).toContain('Martin Claire');
		expect(rows[0].text).toContain('750,00 €');
		expect(rows[0].text).not.toContain('1 050,00 €');
		expect(rows[0].text).toContain('Étape 2 · MED');
		expect(rows[0].text).toContain('E-mail SMS Courrier');
		// No invoice named: all the debtor owes, 1 200 − 200,50 + 50.
		expect(rows[1].text).toContain('Durand Paul');
		expect(rows[1].text).toContain('Relance manuelle');
		expect(rows[1].text).toContain('E-mail 1 049,50 € Envoi immédiat');
	});
});

describe('why nothing leaves', () => {
	it('on a test instance that does not allow sending, says so to every sender, and the admin gets the setting', async () => {
		const debtor = await makeDebtor(db, org.id);
		const contact = await makeContact(db, org.id, debtor.id);
		await makeInvoice(db, org.id, debtor.id);
		await db.insert(reminderRecipients).values({
			reminderId: (await reminder(debtor.id, { immediate: true })).id,
			contactId: contact.id,
			channels: ['email']
		});
		process.env.TEST_INSTANCE = 'on';

		const manager = await page('manager');
		const [block] = byTestId(manager.html, 'sending-block');
		expect(block.attributes['data-reason']).toBe('test_instance');
		expect(plain(block.text)).toContain('Instance de test : rien ne part pour cette organisation');
		expect(manager.html).not.toContain('href="/reglages/scenarios"');
		const sent = await manager.client.action('/aujourdhui?/sendAll', {});
		expect(sent.status).toBe(409);
		expect(sent.data?.error).toMatch(/^Rien n'est parti : sur cette instance de test/);
		expect(await db.select().from(deliveries)).toHaveLength(0);

		expect((await page('agent')).html).toContain('data-reason="test_instance"');
		expect((await page('admin')).html).toMatch(/data-reason="test_instance"[\s\S]*href="\/reglages\/scenarios"/);

		await db.update(organisations).set({ allowSendingOnTestInstance: true }).where(eq(organisations.id, org.id));
		expect((await page()).html).not.toContain('data-testid="sending-block"');
		const started = await manager.client.action('/aujourdhui?/sendAll', {});
		await finishOperations(db);
		expect((await operationReply(manager.client, operationIn(started.location)!)).message).toBe(
			'Envoi terminé : 1 relance, 1 envoi.'
		);
	});

	it('puts the test instance before the hours, and gives the next opening otherwise', async () => {
		await db
			.update(organisations)
			.set({ sendingDays: [1, 2, 3, 4, 5], sendingStart: '09:00', sendingEnd: '18:00', skipHolidays: true });
		const christmas = new Date('2026-12-25T10:00:00+01:00');
		expect(await sendingBlock(db, org.id, { locale: 'fr', at: christmas, testInstance: true })).toEqual({
			reason: 'test_instance'
		});
		expect(await sendingBlock(db, org.id, { locale: 'fr', at: christmas, testInstance: false })).toEqual({
			reason: 'holiday',
			message: 'Jour férié (Noël) : les envois reprennent lundi 28 décembre à 09:00'
		});
		const evening = new Date('2026-12-23T19:00:00+01:00');
		expect(await sendingBlock(db, org.id, { locale: 'fr', at: evening, testInstance: false })).toMatchObject({
			reason: 'hours'
		});
		await db.update(organisations).set({ allowSendingOnTestInstance: true });
		expect(
			await sendingBlock(db, org.id, { locale: 'fr', at: new Date('2026-12-23T10:00:00+01:00'), testInstance: true })
		).toBeNull();
	});
});

describe('the run history', () => {
	it('leaves out the passes that found nothing, and the old ones', async () => {
		const pass = (minutesAgo: number, values: Partial<typeof schedulerPasses.$inferInsert> = {}) => ({
			organisationId: org.id,
			trigger: 'interval',
			startedAt: new Date(Date.now() - minutesAgo * 60_000),
			...values
		});
		await db
			.insert(schedulerPasses)
			.values([
				pass(1),
				pass(2),
				pass(3, { reminders: 2, deliveries: 3, byChannel: { email: 2, sms: 1 } }),
				pass(4),
				pass(5, { toReview: 1 }),
				pass(6, { trigger: 'manual', reminders: 3, deliveries: 4, byChannel: { email: 4 } }),
				pass(7),
				pass(60 * 24 * 40, { reminders: 9, deliveries: 9 })
			]);
		const { html } = await page();
		const [list] = byTestId(html, 'passes');
		expect(list.text.match(/\brelances?\b/g)).toHaveLength(3);
		expect(plain(list.text)).toMatch(
			/2 relances, 3 envois \(E-mail 2 · SMS 1\).*0 relance, 0 envoi, 1 à revoir.*3 relances, 4 envois \(E-mail 4\)$/
		);
		expect(plain(byTestId(html, 'history-totals')[0].text)).toBe(
			'3 passages ont agi : 5 relances, 7 envois, 1 mise à revoir.'
		);
	});

	it('charts the last 30 days’ deliveries by outcome and day, and the reminders set aside', async () => {
		const today = todayIn('Europe/Paris');
		const debtor = await makeDebtor(db, org.id);
		const contact = await makeContact(db, org.id, debtor.id);
		const other = await makeOrganisation(db, 'Autre agence');
		const otherDebtor = await makeDebtor(db, other.id);
		const otherContact = await makeContact(db, other.id, otherDebtor.id);
		const [otherReminder] = await db
			.insert(reminders)
			.values({
				organisationId: other.id,
				debtorId: otherDebtor.id,
				status: 'sent',
				sendDate: today,
				shortDescription: 'x',
				requiresValidation: false,
				content: CONTENT
			})
			.returning();
		// Noon in Paris on the day, whatever the season.
		const noon = (day: string) => new Date(`${day}T11:00:00Z`);
		const seed = async (day: string, statuses: (typeof deliveries.$inferInsert)['status'][]) => {
			for (const status of statuses) {
				const r = await reminder(debtor.id, { status: 'sent' });
				await db.insert(deliveries).values({
					organisationId: org.id,
					reminderId: r.id,
					contactId: contact.id,
					channel: 'email',
					status,
					createdAt: noon(day)
				});
			}
		};
		const twoDaysAgo = daysBefore(today, 2);
		const fiveDaysAgo = daysBefore(today, 5);
		const firstDay = daysBefore(today, 29);
		await seed(twoDaysAgo, ['sent', 'delivered', 'sent', 'failed', 'bounced', 'to_check', 'queued', 'to_print']);
		await seed(fiveDaysAgo, ['delivered', 'delivered']);
		await seed(firstDay, ['failed']);
		await seed(daysBefore(today, 30), ['sent', 'sent', 'sent']);
		await seed(today, ['to_check']);
		await db.insert(deliveries).values({
			organisationId: other.id,
			reminderId: otherReminder.id,
			contactId: otherContact.id,
			channel: 'email',
			status: 'sent',
			createdAt: noon(twoDaysAgo)
		});
		await db.insert(schedulerPasses).values([
			{ organisationId: org.id, trigger: 'interval', toReview: 2, startedAt: noon(fiveDaysAgo) },
			{ organisationId: org.id, trigger: 'interval', toReview: 1, startedAt: noon(fiveDaysAgo) }
		]);

		const { html } = await page();
		const [chart] = byTestId(html, 'history-chart');
		expect(chart.tag).toBe('svg');
		expect(chart.attributes.role).toBe('img');
		expect(chart.attributes['aria-label']).toBe(
			'Envois des 30 derniers jours : 5 envoyés, 3 en échec, 2 à vérifier ; 3 relances mises à revoir.'
		);
		expect(html.match(/<g data-day="/g)).toHaveLength(30);
		const rows = [
			...html
				.replace(/<!--[\s\S]*?-->/g, '')
				.matchAll(
					/<tr data-day="([\d-]+)"><td[^>]*>[^<]*<\/td><td[^>]*>(\d+)<\/td><td[^>]*>(\d+)<\/td><td[^>]*>(\d+)<\/td><td[^>]*>(\d+)<\/td><\/tr>/g
				)
		].map((r) => [r[1], ...r.slice(2).map(Number)]);
		expect(rows).toEqual([
			[firstDay, 0, 1, 0, 0],
			[fiveDaysAgo, 2, 0, 0, 3],
			[twoDaysAgo, 3, 2, 1, 0],
			[today, 0, 0, 1, 0]
		]);
		// Each bar's segments: one rectangle per outcome present that day.
		const bar = html.slice(html.indexOf(`<g data-day="${twoDaysAgo}">`));
		expect(bar.slice(0, bar.indexOf('</g>')).match(/data-outcome="(\w+)"/g)).toEqual([
			'data-outcome="sent"',
			'data-outcome="failed"',
			'data-outcome="toCheck"'
		]);
	});
});
