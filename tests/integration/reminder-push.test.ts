import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { freshDb } from '../helpers/db';
import { eq } from 'drizzle-orm';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { loggedIn } from '../helpers/app';
import { queuedJobs, workJobs } from '../helpers/jobs';
import { startFakePushService, type FakePushService } from '../fakes/push-service';
import { organisations, reminders, scenarioSteps, scenarios, templates } from '../../src/lib/server/db/schema';
import { sendDueSummaries } from '../../src/lib/server/push/daily-schedule';
import { seedDemoTemplates } from '../../src/lib/server/templates/demo-templates';
import { runScenarios } from '../../src/lib/server/scenarios/run';
import { sendRunReport } from '../../src/lib/server/delivery/run-report';
import { INJECTED_PUSH_AGENT } from '../../src/lib/server/push/send';
import { saveSubscription } from '../../src/lib/server/push/subscriptions';
import type { Db } from '../../src/lib/server/db/types';

let service: FakePushService;
let db: Db;

beforeAll(async () => {
	service = await startFakePushService();
	(globalThis as Record<symbol, unknown>)[INJECTED_PUSH_AGENT] = service.agent;
});
afterAll(async () => {
	delete (globalThis as Record<symbol, unknown>)[INJECTED_PUSH_AGENT];
	await service.close();
});
beforeEach(async () => {
	db = await freshDb();
	service.reset();
});

it('an approver’s phone is told when a reminder awaits his validation, with a link to it', async () => {
	const org = await makeOrganisation(db);
	const debtor = await makeDebtor(db, org.id, 'Lefèvre');
	const contact = await makeContact(db, org.id, debtor.id);
	await makeInvoice(db, org.id, debtor.id);
	const manager = await makeUser(db, org.id, 'manager');
	const approver = await makeUser(db, org.id, 'approver');
	const agent = await makeUser(db, org.id, 'agent');
	const approverPhone = service.subscriber('approver-phone');
	const agentPhone = service.subscriber('agent-phone');
	await saveSubscription(db, approver.id, approverPhone.subscription);
	await saveSubscription(db, agent.id, agentPhone.subscription);

	const client = await loggedIn(manager.email, TEST_PASSWORD);
	const reply = await client.action('/relances/nouvelle?/save', {
		debtorId: debtor.id,
		sendDate: new Date(Date.now() + 3 * 864e5).toISOString().slice(0, 10),
		shortDescription: 'Mise en demeure',
		requiresValidation: 'on',
		letterBody: 'Madame, Monsieur',
		[`channels_${contact.id}`]: ['letter'],
		intent: 'save'
	});
	expect(reply.type).toBe('redirect');
	const [saved] = await db.select().from(reminders);
	// The notice is a job committed with the reminder: no crash after the save can lose it.
	expect(await queuedJobs(db, 'tell-approvers')).toEqual([{ organisationId: org.id, reminderId: saved.id }]);
	expect(service.receivedBy('approver-phone')).toHaveLength(0);
	expect(await workJobs(db, 'tell-approvers')).toBe(1);

	const received = service.receivedBy('approver-phone');
	expect(received).toHaveLength(1);
	const payload = JSON.parse(approverPhone.decrypt(received[0].body));
	expect(payload.url).toBe(`/relances/${saved.id}?agence=${org.id}`);
	expect(payload.body).toContain('Mise en demeure');
	expect(service.receivedBy('agent-phone')).toHaveLength(0);
});

it('approvers get one notice, to their list, when a scenario run leaves reminders awaiting them', async () => {
	const org = await makeOrganisation(db);
	const approver = await makeUser(db, org.id, 'approver');
	const agent = await makeUser(db, org.id, 'agent');
	const approverPhone = service.subscriber('approver-phone');
	await saveSubscription(db, approver.id, approverPhone.subscription);
	await saveSubscription(db, agent.id, service.subscriber('agent-phone').subscription);
	await seedDemoTemplates(db, org.id);
	const [template] = await db.select({ id: templates.id }).from(templates).where(eq(templates.name, 'Mise en demeure'));
	const [scenario] = await db
		.insert(scenarios)
		.values({ organisationId: org.id, name: 'Contentieux', minBalanceCents: 0, minDaysOverdue: 1 })
		.returning();
	await db.insert(scenarioSteps).values({
		scenarioId: scenario.id,
		position: 1,
		delayDays: 0,
		channels: ['email'],
		templateId: template.id,
		requiresValidation: true,
		tag: 'Contentieux'
	});
	for (const name of ['Lefèvre', 'Moreau']) {
		const debtor = await makeDebtor(db, org.id, name);
		await makeContact(db, org.id, debtor.id);
		await makeInvoice(db, org.id, debtor.id, { issueDate: '2026-01-01', dueDate: '2026-01-31', amountCents: 50_000 });
	}

	const report = await runScenarios(db, org.id, 'manual');
	expect(report).toMatchObject({ created: 2, awaitingValidation: 2 });
	await sendRunReport(db, report!);

	const received = service.receivedBy('approver-phone');
	expect(received).toHaveLength(1);
	const payload = JSON.parse(approverPhone.decrypt(received[0].body));
	expect(payload).toMatchObject({
		url: expect.stringMatching(/^\/a-valider\?agence=[0-9a-f-]{36}$/),
		body: '2 relances des scénarios attendent votre validation'
	});
	expect(service.receivedBy('agent-phone')).toHaveLength(0);
});

it('the daily summary reaches each organisation at its own morning, once however many processes tick', async () => {
	const paris = await makeOrganisation(db, 'Agence Paris');
	const newYork = await makeOrganisation(db, 'Agence New York');
	await db.update(organisations).set({ timezone: 'America/New_York' }).where(eq(organisations.id, newYork.id));
	const phones = new Map<string, ReturnType<FakePushService['subscriber']>>();
	for (const [org, phone] of [
		[paris, 'paris-phone'],
		[newYork, 'new-york-phone']
	] as const) {
		const approver = await makeUser(db, org.id, 'approver');
		phones.set(phone, service.subscriber(phone));
		await saveSubscription(db, approver.id, phones.get(phone)!.subscription);
		const debtor = await makeDebtor(db, org.id, 'Lefèvre');
		await db.insert(reminders).values({
			organisationId: org.id,
			debtorId: debtor.id,
			status: 'pending_validation',
			sendDate: '2026-12-01',
			shortDescription: 'Mise en demeure',
			requiresValidation: true,
			content: { emailSubject: '', emailHeader: '', emailBody: '', emailFooter: '', smsText: '', letterBody: '' }
		});
	}
	const cron = '0 8 * * *';

	// 08:00 in Paris (07:00 UTC): Paris is told, New York (02:00) is not.
	expect(await sendDueSummaries(db, new Date('2026-11-24T07:00:20Z'), cron)).toBe(1);
	expect(service.receivedBy('paris-phone')).toHaveLength(1);
	expect(service.receivedBy('new-york-phone')).toHaveLength(0);
	// A second process ticking in the same minute sends nothing more.
	expect(await sendDueSummaries(db, new Date('2026-11-24T07:00:40Z'), cron)).toBe(0);

	// 08:00 in New York (13:00 UTC): New York now, Paris not again.
	await Promise.all([
		sendDueSummaries(db, new Date('2026-11-24T13:00:10Z'), cron),
		sendDueSummaries(db, new Date('2026-11-24T13:00:10Z'), cron)
	]);
	expect(service.receivedBy('new-york-phone')).toHaveLength(1);
	expect(service.receivedBy('paris-phone')).toHaveLength(1);
	const payload = JSON.parse(phones.get('new-york-phone')!.decrypt(service.receivedBy('new-york-phone')[0].body));
	expect(payload).toMatchObject({ tag: 'daily-summary', url: expect.stringMatching(/^\/\?agence=[0-9a-f-]{36}$/) });

	// The next morning, each again once.
	await sendDueSummaries(db, new Date('2026-11-25T07:00:05Z'), cron);
	await sendDueSummaries(db, new Date('2026-11-25T13:00:05Z'), cron);
	expect(service.receivedBy('paris-phone')).toHaveLength(2);
	expect(service.receivedBy('new-york-phone')).toHaveLength(2);
});
