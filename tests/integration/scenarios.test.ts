import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeContact, makeDebtor, makeGroup, makeInvoice, makeOrganisation, makeUser } from '../helpers/factories';
import type { Db } from '../../src/lib/server/db/types';
import {
	contacts,
	debtorGroups,
	deliveries,
	invoices,
	organisations,
	outbox,
	reminderEvents,
	reminderInvoices,
	reminderRecipients,
	reminders,
	scenarioReminders,
	scenarioRuns,
	scenarioSettings,
	scenarioSteps,
	scenarios
} from '../../src/lib/server/db/schema';
import { seedDemoTemplates } from '../../src/lib/server/templates/demo-templates';
import { reevaluateDebtor, runScenarios } from '../../src/lib/server/scenarios/run';
import { recordPayment } from '../../src/lib/server/debtors/payments';
import { recordDebtorPayment } from '../../src/lib/server/scenarios/debtor-changes';
import { workJobs } from '../helpers/jobs';
import { createReminder } from '../../src/lib/server/reminders/save';
import { settleReminders } from '../../src/lib/server/delivery/settle';
import { applyBulkLevels } from '../../src/lib/server/scenarios/bulk';
import { setPause } from '../../src/lib/server/scenarios/pauses';
import { runDueScenarios } from '../../src/lib/server/scenarios/schedule';
import { sendRunReport } from '../../src/lib/server/delivery/run-report';
import { runPass } from '../../src/lib/server/delivery/scheduler';
import { addDays } from '../../src/lib/server/scenarios/days';
import { todayIn } from '../../src/lib/dates';
import { importBytes } from '../../src/lib/server/imports/service';
import { readStoredText } from '$lib/stored-text';

const today = () => todayIn('Europe/Paris');

async function setup(db: Db) {
	const org = await makeOrganisation(db);
	const admin = await makeUser(db, org.id, 'admin');
	const manager = await makeUser(db, org.id, 'manager');
	await seedDemoTemplates(db, org.id);
	const tpl = Object.fromEntries((await db.query.templates.findMany()).map((t) => [t.name, t.id]));
	await db.insert(scenarioSettings).values({ organisationId: org.id, minGapDays: 0, reportUserIds: [admin.id] });
	const [standard] = await db
		.insert(scenarios)
		.values({ organisationId: org.id, name: 'Standard', minBalanceCents: 0, minDaysOverdue: 1 })
		.returning();
	await db.insert(scenarioSteps).values([
		{
			scenarioId: standard.id,
			position: 1,
			delayDays: 10,
			channels: ['email'],
			templateId: tpl['Première relance'],
			tag: 'Relance 1'
		},
		{
			scenarioId: standard.id,
			position: 2,
			delayDays: 15,
			delayFrom: 'previous_step',
			channels: ['email', 'letter'],
			templateId: tpl['Deuxième relance'],
			requiresValidation: true,
			tag: 'Relance 2'
		},
		{
			scenarioId: standard.id,
			position: 3,
			delayDays: 8,
			delayFrom: 'previous_step',
			channels: ['letter'],
			templateId: tpl['Mise en demeure'],
			requiresValidation: true,
			tag: 'Relance 3'
		}
	]);
	const debtor = await makeDebtor(db, org.id, 'Martin Claire');
	const contact = await makeContact(db, org.id, debtor.id);
	const invoice = await makeInvoice(db, org.id, debtor.id, {
		issueDate: addDays(today(), -40),
		dueDate: addDays(today(), -30),
		amountCents: 60_000
	});
	return { org, admin, manager, standard, debtor, contact, invoice, tpl };
}

async function debtorReminders(db: Db, debtorId: string) {
	return db
		.select({
			id: reminders.id,
			status: reminders.status,
			shortDescription: reminders.shortDescription,
			sendDate: reminders.sendDate,
			keep: reminders.keep,
			statusReason: reminders.statusReason,
			step: scenarioReminders.stepPosition
		})
		.from(reminders)
		.leftJoin(scenarioReminders, eq(scenarioReminders.reminderId, reminders.id))
		.where(eq(reminders.debtorId, debtorId))
		.orderBy(reminders.createdAt)
		.then((rows) => rows.map((r) => ({ ...r, statusReason: readStoredText(r.statusReason, 'fr') })));
}

async function counts(db: Db) {
	const [row] = await db
		.select({
			reminders: sql<number>`(select count(*) from ${reminders})::int`,
			events: sql<number>`(select count(*) from ${reminderEvents})::int`,
			deleted: sql<number>`(select count(*) from ${reminders} where status = 'deleted')::int`
		})
		.from(organisations)
		.limit(1);
	return row;
}

/** What sending does, without a provider: one delivery left, then the reminder settles. */
async function markSent(db: Db, reminderId: string, contactId: string) {
	await db.update(reminders).set({ status: 'sending' }).where(eq(reminders.id, reminderId));
	const [org] = await db.select({ id: reminders.organisationId }).from(reminders).where(eq(reminders.id, reminderId));
	await db
		.insert(deliveries)
		.values({ organisationId: org.id, reminderId, contactId, channel: 'email', status: 'sent' });
	await db.transaction((tx) => settleReminders(tx, [reminderId]));
}

let db: Db;
beforeEach(async () => {
	db = await freshDb();
});
afterEach(() => {
	delete process.env.TEST_INSTANCE;
});

describe('a scenario run', () => {
	it("creates the first step's reminder from its template, and a second run writes nothing", async () => {
		const { org, debtor, contact, invoice } = await setup(db);
		const report = await runScenarios(db, org.id, 'manual');
		expect(report).toMatchObject({ debtors: 1, created: 1, deleted: 0, skipped: 0 });

		const [reminder] = await db.select().from(reminders).where(eq(reminders.debtorId, debtor.id));
		expect(reminder).toMatchObject({
			status: 'scheduled',
			shortDescription: 'Première relance',
			sendDate: today(),
			requiresValidation: false
		});
		expect(reminder.content.emailSubject).toContain('Rappel de paiement');
		expect(await db.select().from(reminderRecipients).where(eq(reminderRecipients.reminderId, reminder.id))).toEqual([
			{ reminderId: reminder.id, contactId: contact.id, channels: ['email'] }
		]);
		expect(
			(await db.select().from(reminderInvoices).where(eq(reminderInvoices.reminderId, reminder.id))).map(
				(r) => r.invoiceId
			)
		).toEqual([invoice.id]);
		const [event] = await db.select().from(reminderEvents).where(eq(reminderEvents.reminderId, reminder.id));
		expect({ ...event, reason: readStoredText(event.reason, 'fr') }).toMatchObject({
			action: 'created',
			toStatus: 'scheduled',
			reason: 'Scénario « Standard », étape 1'
		});
		expect(readStoredText(event.reason, 'en')).toBe('Scenario “Standard”, step 1');

		const before = await counts(db);
		const again = await runScenarios(db, org.id, 'manual');
		expect(again).toMatchObject({ created: 0, deleted: 0, skipped: 0 });
		expect(await counts(db)).toEqual(before);
		const [run] = await db.select().from(scenarioRuns).where(eq(scenarioRuns.id, report!.id));
		expect(run.details.created[0]).toMatchObject({ debtorName: 'Martin Claire' });
	});

	it('skips, with the reason, a debtor without a reminder contact and one without consent', async () => {
		const { org, contact } = await setup(db);
		await db.update(contacts).set({ consentEmail: false }).where(eq(contacts.id, contact.id));
		const lonely = await makeDebtor(db, org.id, 'Sans Contact');
		await makeInvoice(db, org.id, lonely.id, { dueDate: addDays(today(), -20) });
		const report = await runScenarios(db, org.id, 'manual');
		expect(report).toMatchObject({ created: 0, skipped: 2 });
		expect(report!.details.skipped.map((s) => readStoredText(s.text, 'fr')).sort()).toEqual([
			'Aucun contact de relance',
			'Aucun contact de relance joignable par e-mail (coordonnées ou consentement manquants)'
		]);
	});

	it('sending a step raises the level and adds the tag; the next run creates the next step, timed from it', async () => {
		const { org, debtor, contact, invoice } = await setup(db);
		await runScenarios(db, org.id, 'manual');
		const [first] = await debtorReminders(db, debtor.id);
		await markSent(db, first.id, contact.id);
		const [raised] = await db.select().from(invoices).where(eq(invoices.id, invoice.id));
		expect(raised).toMatchObject({ reminderLevel: 1, tags: ['Relance 1'] });

		await runScenarios(db, org.id, 'manual');
		const second = (await debtorReminders(db, debtor.id)).find((r) => r.step === 2)!;
		expect(second).toMatchObject({
			status: 'pending_validation',
			shortDescription: 'Deuxième relance',
			sendDate: addDays(today(), 15)
		});
		const recipients = await db.select().from(reminderRecipients).where(eq(reminderRecipients.reminderId, second.id));
		expect(recipients[0].channels).toEqual(['email', 'letter']);
	});

	it('keeps the minimum gap set for the organisation', async () => {
		const { org, debtor, invoice } = await setup(db);
		await db.update(scenarioSettings).set({ minGapDays: 12 });
		await db
			.update(invoices)
			.set({ lastReminderAt: new Date(Date.now() - 2 * 86_400_000) })
			.where(eq(invoices.id, invoice.id));
		await runScenarios(db, org.id, 'manual');
		const [reminder] = await debtorReminders(db, debtor.id);
		expect(reminder.sendDate).toBe(addDays(today(), 10));
	});
});

describe('a payment re-evaluates the debtor at once', () => {
	it('deletes his unsent reminders of the scenario with the reason, except the one to keep', async () => {
		const { org, manager, debtor, contact, invoice } = await setup(db);
		await db
			.update(invoices)
			.set({ reminderLevel: 2, lastReminderAt: new Date(Date.now() - 3 * 86_400_000) })
			.where(eq(invoices.id, invoice.id));
		await runScenarios(db, org.id, 'manual');
		const keptInput = {
			debtorId: debtor.id,
			templateId: null,
			sendDate: addDays(today(), 20),
			shortDescription: 'Rappel à conserver',
			description: '',
			requiresValidation: false,
			keep: true,
			owesNothingConfirmed: false,
			groupId: null,
			immediate: false,
			registered: false,
			intent: 'save' as const,
			version: undefined,
			content: {
				emailSubject: 'Rappel',
				emailHeader: '',
				emailBody: 'Merci de régler.',
				emailFooter: '',
				smsText: '',
				letterSubject: '',
				letterBody: ''
			},
			recipients: [{ contactId: contact.id, channels: ['email' as const] }]
		};
		const kept = await createReminder(db, { userId: manager.id, organisationId: org.id }, keptInput);
		const plain = await createReminder(
			db,
			{ userId: manager.id, organisationId: org.id },
			{ ...keptInput, keep: false, shortDescription: 'Rappel ordinaire' }
		);
		expect(kept.ok && plain.ok).toBe(true);

		// In the payment's own transaction: nothing is left for after its commit.
		const recorded = await recordDebtorPayment(db, org.id, manager.id, {
			debtorId: debtor.id,
			amountCents: 60_000,
			paidOn: today(),
			reference: 'VIR',
			invoiceId: null
		});
		expect(recorded.kind).toBe('recorded');

		const rows = await debtorReminders(db, debtor.id);
		const notice = rows.find((r) => r.shortDescription === 'Mise en demeure')!;
		expect(notice).toMatchObject({ status: 'deleted', statusReason: "Dette réglée : plus rien n'est dû" });
		expect(rows.find((r) => r.shortDescription === 'Rappel ordinaire')!.status).toBe('deleted');
		expect(rows.find((r) => r.shortDescription === 'Rappel à conserver')!.status).toBe('scheduled');
		const [event] = await db
			.select()
			.from(reminderEvents)
			.where(and(eq(reminderEvents.reminderId, notice.id), eq(reminderEvents.action, 'deleted')));
		expect({ ...event, reason: readStoredText(event.reason, 'fr') }).toMatchObject({
			fromStatus: 'pending_validation',
			toStatus: 'deleted',
			reason: "Dette réglée : plus rien n'est dû"
		});
		expect(readStoredText(event.reason, 'en')).toBe('Debt settled: nothing is owed any more');
	});

	it("an imported payments file deletes the settled debtors' waiting reminders at once, and creates nothing new", async () => {
		const { org, debtor, invoice } = await setup(db);
		await db
			.update(invoices)
			.set({ reminderLevel: 2, lastReminderAt: new Date(Date.now() - 3 * 86_400_000) })
			.where(eq(invoices.id, invoice.id));
		await runScenarios(db, org.id, 'manual');
		const other = await makeDebtor(db, org.id, 'Sans relance');
		await makeContact(db, org.id, other.id);
		await makeInvoice(db, org.id, other.id, {
			issueDate: addDays(today(), -40),
			dueDate: addDays(today(), -30),
			amountCents: 30_000
		});
		const [notice] = await debtorReminders(db, debtor.id);
		expect(notice).toMatchObject({ status: 'pending_validation', shortDescription: 'Mise en demeure' });

		const day = today().split('-').reverse().join('/');
		const file = `Référence;Compte;Facture;Montant;Date\nVIR-1;${debtor.accountNumber};${invoice.number};600,00;${day}\nVIR-2;${other.accountNumber};;10,00;${day}\n`;
		const imported = await importBytes(db, org.id, 'payments', new TextEncoder().encode(file));
		expect(imported).toMatchObject({ ok: true, counts: { created: 2 } });
		// By a job the import's transaction wrote.
		expect(await workJobs(db, 'reevaluate-debtors')).toBe(1);

		const [after] = await debtorReminders(db, debtor.id);
		expect(after).toMatchObject({
			id: notice.id,
			status: 'deleted',
			statusReason: "Dette réglée : plus rien n'est dû"
		});
		// The other debtor is still owed and overdue: his first step waits for the run, after the lists.
		expect(await debtorReminders(db, other.id)).toEqual([]);
	});

	it('a partial payment under the threshold stops the scenario with that reason', async () => {
		const { org, manager, debtor, standard } = await setup(db);
		await db.update(scenarios).set({ minBalanceCents: 20_000 }).where(eq(scenarios.id, standard.id));
		await runScenarios(db, org.id, 'manual');
		await recordDebtorPayment(db, org.id, manager.id, {
			debtorId: debtor.id,
			amountCents: 45_000,
			paidOn: today(),
			reference: '',
			invoiceId: null
		});
		const [row] = await debtorReminders(db, debtor.id);
		expect(row).toMatchObject({
			status: 'deleted',
			statusReason: expect.stringMatching(/^Solde de 150,00\s€ sous le seuil du scénario \(200,00\s€\)$/)
		});
	});

	it("does nothing to another organisation's debtor", async () => {
		const { org, debtor } = await setup(db);
		const other = await makeOrganisation(db, 'Autre');
		await runScenarios(db, org.id, 'manual');
		expect(await reevaluateDebtor(db, other.id, debtor.id)).toBeNull();
	});
});

describe('groups, pauses, promises, levels from another tool', () => {
	it("moves a debtor who leaves his group back to the default scenario, deleting the group's reminder", async () => {
		const { org, debtor, tpl } = await setup(db);
		const group = await makeGroup(db, org.id, 'Contentieux', [debtor.id]);
		const [litigation] = await db
			.insert(scenarios)
			.values({ organisationId: org.id, name: 'Contentieux', groupId: group.id })
			.returning();
		await db.insert(scenarioSteps).values({
			scenarioId: litigation.id,
			position: 1,
			delayDays: 0,
			channels: ['letter'],
			templateId: tpl['Mise en demeure']
		});
		await runScenarios(db, org.id, 'manual');
		const [first] = await debtorReminders(db, debtor.id);
		expect(first.shortDescription).toBe('Mise en demeure');
		const [{ groupId }] = await db
			.select({ groupId: reminders.groupId })
			.from(reminders)
			.where(eq(reminders.id, first.id));
		expect(groupId).toBe(group.id);

		await db.delete(debtorGroups).where(eq(debtorGroups.debtorId, debtor.id));
		await reevaluateDebtor(db, org.id, debtor.id);
		const rows = await debtorReminders(db, debtor.id);
		expect(rows.find((r) => r.id === first.id)).toMatchObject({
			status: 'deleted',
			statusReason: 'Ne fait plus partie du groupe « Contentieux »'
		});
		expect(rows.find((r) => r.status === 'scheduled')?.shortDescription).toBe('Première relance');
	});

	it('a pause deletes the waiting reminder; a kept promise ends the scenario', async () => {
		const { org, admin, manager, debtor } = await setup(db);
		await runScenarios(db, org.id, 'manual');
		const pause = { until: addDays(today(), 10), promisedAmount: 20_000, note: 'Promis au téléphone' };
		expect(await setPause(db, org.id, admin.id, debtor.id, pause)).toBe('ok');
		await reevaluateDebtor(db, org.id, debtor.id);
		const [paused] = await debtorReminders(db, debtor.id);
		expect(paused.statusReason).toBe(
			`Relances suspendues jusqu'au ${addDays(today(), 10).split('-').reverse().join('/')}`
		);
		expect((await runScenarios(db, org.id, 'manual'))!.created).toBe(0);

		const paid = await recordPayment(db, org.id, manager.id, {
			debtorId: debtor.id,
			amountCents: 20_000,
			paidOn: today(),
			reference: '',
			invoiceId: null
		});
		expect(paid.kind).toBe('recorded');
		await reevaluateDebtor(db, org.id, debtor.id);
		// Past the pause's date, the debt the promise covered is no longer chased: 400 € stay unpaid.
		expect((await runScenarios(db, org.id, 'manual', { today: addDays(today(), 11) }))!.created).toBe(0);
		expect(await debtorReminders(db, debtor.id)).toHaveLength(1);
		const later = await makeInvoice(db, org.id, debtor.id, { dueDate: addDays(today(), 1) });
		await runScenarios(db, org.id, 'manual', { today: addDays(today(), 11) });
		const [again] = await db
			.select({ id: reminderInvoices.invoiceId })
			.from(reminderInvoices)
			.innerJoin(reminders, eq(reminders.id, reminderInvoices.reminderId))
			.where(eq(reminders.status, 'scheduled'));
		expect(again.id).toBe(later.id);
	});

	it('a broken promise resumes the scenario at the next step', async () => {
		const { org, admin, debtor, invoice } = await setup(db);
		await db
			.update(invoices)
			.set({ reminderLevel: 1, lastReminderAt: new Date(Date.now() - 40 * 86_400_000) })
			.where(eq(invoices.id, invoice.id));
		await setPause(db, org.id, admin.id, debtor.id, { until: today(), promisedAmount: 30_000, note: '' });
		expect((await runScenarios(db, org.id, 'manual'))!.created).toBe(0);
		const tomorrow = addDays(today(), 1);
		const report = await runScenarios(db, org.id, 'manual', { today: tomorrow });
		expect(report!.created).toBe(1);
		const [row] = await debtorReminders(db, debtor.id);
		expect(row).toMatchObject({ step: 2, sendDate: tomorrow });
	});

	it("another tenant's payment never keeps a debtor's promise", async () => {
		const { org, admin, manager, debtor, invoice } = await setup(db);
		await db
			.update(invoices)
			.set({ reminderLevel: 1, lastReminderAt: new Date(Date.now() - 40 * 86_400_000) })
			.where(eq(invoices.id, invoice.id));
		await setPause(db, org.id, admin.id, debtor.id, { until: today(), promisedAmount: 30_000, note: '' });
		const neighbour = await makeDebtor(db, org.id, 'Voisin');
		await makeInvoice(db, org.id, neighbour.id, { amountCents: 50_000 });
		const paid = await recordPayment(db, org.id, manager.id, {
			debtorId: neighbour.id,
			amountCents: 50_000,
			paidOn: today(),
			reference: '',
			invoiceId: null
		});
		expect(paid.kind).toBe('recorded');
		const report = await runScenarios(db, org.id, 'manual', { today: addDays(today(), 1) });
		expect((await debtorReminders(db, debtor.id)).map((r) => r.step)).toEqual([2]);
		expect(report!.created).toBeGreaterThanOrEqual(1);
	});

	it('bulk levels carried on from another tool: the scenario continues at the right step', async () => {
		const { org, debtor, invoice } = await setup(db);
		await runScenarios(db, org.id, 'manual');
		const lastOn = addDays(today(), -2);
		// As the form's schema hands it over (the schema itself is tested with the other forms).
		const input = {
			scope: 'filter' as const,
			selected: [],
			q: 'Martin',
			dueBefore: '',
			unpaidOnly: true,
			level: 2,
			lastReminderOn: lastOn,
			tags: ['Relance 1', 'Relance 2']
		};
		expect(await applyBulkLevels(db, org.id, input)).toEqual({ invoices: 1, debtors: 1 });
		expect(await workJobs(db, 'reevaluate-debtors')).toBe(1);
		const [updated] = await db.select().from(invoices).where(eq(invoices.id, invoice.id));
		expect(updated).toMatchObject({ reminderLevel: 2, tags: expect.arrayContaining(['Relance 1', 'Relance 2']) });

		const rows = await debtorReminders(db, debtor.id);
		expect(rows.find((r) => r.step === 1)).toMatchObject({
			status: 'deleted',
			statusReason: 'Étape dépassée : les factures sont au niveau 2'
		});
		expect(rows.find((r) => r.step === 3)).toMatchObject({
			status: 'pending_validation',
			sendDate: addDays(lastOn, 8)
		});
	});
});

describe('schedule, report, test instance', () => {
	it('runs an organisation once per cron occurrence, however many ticks', async () => {
		const { org } = await setup(db);
		await db.update(scenarioSettings).set({ cron: '*/5 * * * *', updatedAt: new Date(Date.now() - 10 * 60_000) });
		const now = new Date();
		expect(await runDueScenarios(db, now)).toBe(1);
		expect(await runDueScenarios(db, now)).toBe(0);
		const runs = await db.select().from(scenarioRuns).where(eq(scenarioRuns.organisationId, org.id));
		expect(runs).toHaveLength(1);
		expect(runs[0].trigger).toBe('cron');
	});

	it('sends the report by email to the chosen users', async () => {
		const { org, admin } = await setup(db);
		const report = await runScenarios(db, org.id, 'manual');
		await sendRunReport(db, report!);
		const [mail] = await db.select().from(outbox).where(eq(outbox.organisationId, org.id));
		expect(mail).toMatchObject({
			recipient: admin.email,
			subject: 'Scénarios : 1 relance créée, 0 supprimée, 0 débiteur ignoré'
		});
		expect(mail.text).toContain('Martin Claire : Première relance');
	});

	it('on a test instance, scenarios create reminders but nothing leaves unless the organisation allows it', async () => {
		const { org } = await setup(db);
		process.env.TEST_INSTANCE = 'on';
		const report = await runScenarios(db, org.id, 'manual');
		expect(report).toMatchObject({ created: 1, sendingHeld: true });
		const enqueue = async () => {};
		const [held] = await runPass(db, { trigger: 'manual', organisationId: org.id, ignoreHours: true, enqueue }).then(
			(r) => [r.length]
		);
		expect(held).toBe(0);
		expect((await db.select().from(deliveries)).length).toBe(0);

		await db.update(organisations).set({ allowSendingOnTestInstance: true }).where(eq(organisations.id, org.id));
		const [allowed] = await runPass(db, { trigger: 'manual', organisationId: org.id, ignoreHours: true, enqueue });
		expect(allowed.reminders).toBe(1);
	});
});
