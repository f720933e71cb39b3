import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
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
import type { Db } from '../../src/lib/server/db/types';
import {
	debtorPauses,
	invoices,
	reminderEvents,
	reminders,
	scenarioRuns,
	scenarioSettings,
	scenarioSteps,
	scenarios,
	templates
} from '../../src/lib/server/db/schema';
import { seedDemoTemplates } from '../../src/lib/server/templates/demo-templates';
import { addDays } from '../../src/lib/server/scenarios/days';
import { todayIn } from '../../src/lib/dates';
import { readStoredText } from '$lib/stored-text';
import { finishOperations, operationIn, operationReply } from '../helpers/operations';

let db: Db;
beforeEach(async () => {
	db = await freshDb();
});

async function organisation() {
	const org = await makeOrganisation(db);
	const admin = await makeUser(db, org.id, 'admin');
	const manager = await makeUser(db, org.id, 'manager');
	await seedDemoTemplates(db, org.id);
	const [template] = await db.select().from(templates).where(eq(templates.name, 'Première relance'));
	return { org, admin, manager, template };
}

describe('the scenario screens', () => {
	it('an admin creates the default scenario, adds steps shown as a timeline, runs it; a manager may not', async () => {
		const { org, admin, manager, template } = await organisation();
		const debtor = await makeDebtor(db, org.id, 'Durand Paul');
		await makeContact(db, org.id, debtor.id);
		await makeInvoice(db, org.id, debtor.id, { dueDate: addDays(todayIn('Europe/Paris'), -20) });
		const client = await loggedIn(admin.email, TEST_PASSWORD);

		const created = await client.post('/reglages/scenarios?/create', { name: 'Standard', groupId: '' });
		expect(created.status).toBe(303);
		const page = created.location!;
		const [scenario] = await db.select().from(scenarios).where(eq(scenarios.organisationId, org.id));
		expect(page).toBe(`/reglages/scenarios/${scenario.id}`);

		const refused = await client.action(`${page}?/saveStep`, {
			scenarioId: scenario.id,
			delayDays: '10',
			delayFrom: 'due_date',
			templateId: template.id
		});
		expect(refused.data?.errors).toMatchObject({ channels: 'Choisissez au moins un canal.' });
		for (const delay of ['5', '15'])
			expect(
				(
					await client.action(`${page}?/saveStep`, {
						scenarioId: scenario.id,
						delayDays: delay,
						delayFrom: 'due_date',
						channels: ['email', 'letter'],
						templateId: template.id,
						tag: `J${delay}`
					})
				).data
			).toMatchObject({ done: 'Enregistré.' });
		const timeline = await client.get('/reglages/scenarios');
		expect(timeline.body).toContain('data-testid="timeline"');
		expect(timeline.body).toContain("J+15 après l'échéance");

		const ran = await client.action('/reglages/scenarios?/run', {});
		await finishOperations(db);
		expect((await operationReply(client, operationIn(ran.location)!)).message).toContain('1 relance créée');
		expect(await db.select().from(scenarioRuns)).toHaveLength(1);
		const dashboard = await client.get('/aujourdhui');
		expect(dashboard.body).toContain('data-testid="scenario-runs"');

		const managerClient = await loggedIn(manager.email, TEST_PASSWORD);
		expect((await managerClient.get('/reglages/scenarios')).status).toBe(403);
		expect((await managerClient.action('/reglages/scenarios?/run', {})).status).toBe(403);
	});

	it("an invoice entered by hand re-evaluates its debtor at once: the scenario's step is created without waiting for the next run", async () => {
		const { org, manager, template } = await organisation();
		const [scenario] = await db
			.insert(scenarios)
			.values({ organisationId: org.id, name: 'Standard', minBalanceCents: 0, minDaysOverdue: 1 })
			.returning();
		await db.insert(scenarioSteps).values({
			scenarioId: scenario.id,
			position: 1,
			delayDays: 5,
			channels: ['email'],
			templateId: template.id,
			tag: 'Relance 1'
		});
		const debtor = await makeDebtor(db, org.id, 'Nouvelle Dette');
		await makeContact(db, org.id, debtor.id);
		const client = await loggedIn(manager.email, TEST_PASSWORD);
		expect(await db.select().from(reminders).where(eq(reminders.debtorId, debtor.id))).toHaveLength(0);

		const today = todayIn('Europe/Paris');
		const saved = await client.post(`/debiteurs/${debtor.id}/factures/nouvelle`, {
			number: 'F-2026-77',
			issueDate: addDays(today, -40),
			dueDate: addDays(today, -10),
			amount: '450,00'
		});
		expect(saved.status).toBe(303);
		const created = await db.select().from(reminders).where(eq(reminders.debtorId, debtor.id));
		expect(created).toHaveLength(1);
		expect(created[0]).toMatchObject({ status: 'scheduled', shortDescription: 'Première relance' });
	});

	it("refuses another organisation's scenario, and keeps the steps numbered when one is deleted", async () => {
		const { org, admin, template } = await organisation();
		const other = await makeOrganisation(db, 'Autre');
		const [foreign] = await db.insert(scenarios).values({ organisationId: other.id, name: 'Étranger' }).returning();
		const [mine] = await db.insert(scenarios).values({ organisationId: org.id, name: 'Mien' }).returning();
		const steps = await db
			.insert(scenarioSteps)
			.values(
				[1, 2, 3].map((position) => ({
					scenarioId: mine.id,
					position,
					delayDays: position,
					channels: ['email'],
					templateId: template.id
				}))
			)
			.returning();
		const client = await loggedIn(admin.email, TEST_PASSWORD);
		expect((await client.get(`/reglages/scenarios/${foreign.id}`)).status).toBe(404);
		expect((await client.action(`/reglages/scenarios/${foreign.id}?/delete`, { scenarioId: foreign.id })).status).toBe(
			404
		);

		await client.action(`/reglages/scenarios/${mine.id}?/deleteStep`, { scenarioId: mine.id, stepId: steps[0].id });
		const left = await db
			.select({ position: scenarioSteps.position, delayDays: scenarioSteps.delayDays })
			.from(scenarioSteps)
			.orderBy(scenarioSteps.position);
		expect(left).toEqual([
			{ position: 1, delayDays: 2 },
			{ position: 2, delayDays: 3 }
		]);
	});

	it('saves the run settings: a cron expression croner reads, and only members as report recipients', async () => {
		const { org, admin } = await organisation();
		const stranger = await makeUser(db, null, 'manager');
		const client = await loggedIn(admin.email, TEST_PASSWORD);
		const bad = await client.action('/reglages/scenarios?/settings', { cron: 'le matin', minGapDays: '7' });
		expect(bad.data?.errors).toHaveProperty('cron');
		const ok = await client.action('/reglages/scenarios?/settings', {
			cron: '30 6 * * 1-5',
			cronEnabled: 'on',
			minGapDays: '10',
			reportUserIds: [admin.id, stranger.id]
		});
		expect(ok.data).toMatchObject({ done: 'Enregistré.' });
		const [settings] = await db.select().from(scenarioSettings).where(eq(scenarioSettings.organisationId, org.id));
		expect(settings).toMatchObject({ cron: '30 6 * * 1-5', minGapDays: 10, reportUserIds: [admin.id] });
	});

	it("deleting a group's scenario deletes its waiting reminders with the reason, except the kept ones", async () => {
		const { org, admin, template } = await organisation();
		const debtor = await makeDebtor(db, org.id);
		await makeContact(db, org.id, debtor.id);
		await makeInvoice(db, org.id, debtor.id, { dueDate: addDays(todayIn('Europe/Paris'), -20) });
		const group = await makeGroup(db, org.id, 'Rejet', [debtor.id]);
		const [scenario] = await db
			.insert(scenarios)
			.values({ organisationId: org.id, name: 'Rejet', groupId: group.id })
			.returning();
		await db
			.insert(scenarioSteps)
			.values({ scenarioId: scenario.id, position: 1, delayDays: 0, channels: ['email'], templateId: template.id });
		const client = await loggedIn(admin.email, TEST_PASSWORD);
		await client.action('/reglages/scenarios?/run', {});
		await finishOperations(db);
		const [step] = await db.select().from(reminders);
		await db.update(reminders).set({ keep: true }).where(eq(reminders.id, step.id));
		await client.action('/reglages/scenarios?/run', {});
		await finishOperations(db);
		expect(await db.select().from(reminders)).toHaveLength(1);

		await db.update(reminders).set({ keep: false }).where(eq(reminders.id, step.id));
		expect((await client.post('/reglages/groupes?/delete', { groupId: group.id })).status).toBeLessThan(400);
		const [after] = await db.select().from(reminders).where(eq(reminders.id, step.id));
		expect({ ...after, statusReason: readStoredText(after.statusReason, 'fr') }).toMatchObject({
			status: 'deleted',
			statusReason: 'Scénario supprimé'
		});
		expect(await db.select().from(reminderEvents).where(eq(reminderEvents.action, 'deleted'))).toHaveLength(1);
	});
});

describe('the debtor and bulk screens', () => {
	it('a manager pauses a debtor with a promise to pay, then resumes; a date in the past is refused', async () => {
		const { org, manager } = await organisation();
		const debtor = await makeDebtor(db, org.id);
		const client = await loggedIn(manager.email, TEST_PASSWORD);
		const past = await client.action(`/debiteurs/${debtor.id}?/pause`, { until: '2020-01-01' });
		expect(past.data?.errors).toHaveProperty('until');
		const until = addDays(todayIn('Europe/Paris'), 14);
		const saved = await client.action(`/debiteurs/${debtor.id}?/pause`, {
			until,
			promisedAmount: '250,00',
			note: 'Au téléphone'
		});
		expect(saved.data).toMatchObject({ done: expect.stringContaining('Promesse') });
		const [pause] = await db.select().from(debtorPauses);
		expect(pause).toMatchObject({ until, promisedCents: 25_000, createdBy: manager.id });
		expect((await client.get(`/debiteurs/${debtor.id}`)).body).toContain('data-testid="pause"');
		await client.action(`/debiteurs/${debtor.id}?/resume`, {});
		expect(await db.select().from(debtorPauses)).toHaveLength(0);

		const otherOrg = await makeOrganisation(db, 'Autre');
		const foreign = await makeDebtor(db, otherOrg.id);
		expect((await client.action(`/debiteurs/${foreign.id}?/pause`, { until })).status).toBe(404);
	});

	it("sets levels in bulk on the invoices ticked, never on another organisation's", async () => {
		const { org, manager } = await organisation();
		const debtor = await makeDebtor(db, org.id, 'Lemoine');
		const ticked = await makeInvoice(db, org.id, debtor.id);
		const untouched = await makeInvoice(db, org.id, debtor.id);
		const otherOrg = await makeOrganisation(db, 'Autre');
		const foreign = await makeInvoice(db, otherOrg.id, (await makeDebtor(db, otherOrg.id)).id);
		const client = await loggedIn(manager.email, TEST_PASSWORD);
		expect((await client.get('/factures/reprise?q=Lemoine')).body.match(/data-testid="bulk-invoice"/g)).toHaveLength(2);
		const done = await client.action('/factures/reprise?/apply', {
			scope: 'selected',
			selected: [ticked.id, foreign.id],
			level: '2',
			lastReminderOn: '2026-10-20',
			tags: 'Relance 2'
		});
		expect(done.data).toMatchObject({ done: expect.stringContaining('1 facture') });
		const rows = await db
			.select({ id: invoices.id, level: invoices.reminderLevel, tags: invoices.tags })
			.from(invoices);
		expect(rows.find((r) => r.id === ticked.id)).toMatchObject({ level: 2, tags: ['Relance 2'] });
		expect(rows.find((r) => r.id === untouched.id)).toMatchObject({ level: 0, tags: [] });
		expect(rows.find((r) => r.id === foreign.id)).toMatchObject({ level: 0, tags: [] });
	});
});
