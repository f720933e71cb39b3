import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { loggedIn } from '../helpers/app';
import { startFakeResend, type FakeResend } from '../fakes/resend';
import { startFakeVonage, type FakeVonage } from '../fakes/vonage';
import { sendersFor } from '../fakes/senders';
import {
	deliveries,
	invoices,
	payments,
	reminderEvents,
	reminderInvoices,
	reminderRecipients,
	reminders,
	scenarioReminders,
	scenarioSettings,
	scenarioSteps,
	scenarios
} from '../../src/lib/server/db/schema';
import { runPass, type PassOptions } from '../../src/lib/server/delivery/scheduler';
import { deliverBatch, type Senders } from '../../src/lib/server/delivery/worker';
import { runScenarios } from '../../src/lib/server/scenarios/run';
import { seedDemoTemplates } from '../../src/lib/server/templates/demo-templates';
import { todayIn } from '../../src/lib/dates';
import type { Db } from '../../src/lib/server/db/types';
import { readStoredText, storedText } from '$lib/stored-text';
import { finishOperations, operationIn, operationReply } from '../helpers/operations';

const SETTLED = storedText('paid');
// Monday 23 November 2026, 10:00 in Paris: inside the sending hours.
const TODAY = '2026-11-23';
const AT = new Date('2026-11-23T10:00:00+01:00');

let resend: FakeResend;
let vonage: FakeVonage;
let senders: Senders;
let db: Db;
let org: { id: string };
let debtorId: string;
let contactId: string;
let invoiceId: string;
let scenarioId: string;

beforeAll(async () => {
	[resend, vonage] = await Promise.all([startFakeResend(), startFakeVonage()]);
	senders = sendersFor(resend, vonage);
});
afterAll(async () => {
	await Promise.all([resend.close(), vonage.close()]);
});

beforeEach(async () => {
	db = await freshDb();
	resend.reset();
	vonage.reset();
	org = await makeOrganisation(db, 'Agence Lumière');
	await seedDemoTemplates(db, org.id);
	const template = (await db.query.templates.findMany()).find((t) => t.name === 'Première relance')!;
	await db.insert(scenarioSettings).values({ organisationId: org.id, minGapDays: 0 });
	[{ id: scenarioId }] = await db
		.insert(scenarios)
		.values({ organisationId: org.id, name: 'Standard', minBalanceCents: 0, minDaysOverdue: 1 })
		.returning();
	await db
		.insert(scenarioSteps)
		.values({ scenarioId, position: 1, delayDays: 10, channels: ['email'], templateId: template.id, tag: 'Relance 1' });
	debtorId = (await makeDebtor(db, org.id, 'Durand')).id;
	contactId = (await makeContact(db, org.id, debtorId)).id;
	invoiceId = (
		await makeInvoice(db, org.id, debtorId, { issueDate: '2026-10-01', dueDate: '2026-10-11', amountCents: 60_000 })
	).id;
});

/** The scenario's « Première relance » for the debtor, scheduled for `today`. */
async function scenarioReminder(today = TODAY): Promise<string> {
	await runScenarios(db, org.id, 'manual', { today });
	const [row] = await db
		.select({ id: reminders.id, status: reminders.status })
		.from(reminders)
		.where(eq(reminders.debtorId, debtorId));
	expect(row.status).toBe('scheduled');
	return row.id;
}

/** A payment written as an accounting sync writes it: the tables only, no re-evaluation after. */
async function paidBehindTheScenes(cents = 60_000) {
	await db.insert(payments).values({ organisationId: org.id, debtorId, invoiceId, amountCents: cents, paidOn: TODAY });
	await db.update(invoices).set({ paidCents: cents }).where(eq(invoices.id, invoiceId));
}

/** A pass, then every delivery it made worked through the real SDKs against the fakes. */
async function passAndSend(options: Partial<PassOptions> = {}) {
	const ids: string[] = [];
	const [report] = await runPass(db, {
		trigger: 'interval',
		at: AT,
		...options,
		enqueue: async (_tx, batch) => void ids.push(...batch)
	});
	if (ids.length) await deliverBatch(db, senders, ids);
	return report;
}

const reminderOf = async (id: string) => (await db.select().from(reminders).where(eq(reminders.id, id)))[0];
const eventsOf = async (id: string) => db.select().from(reminderEvents).where(eq(reminderEvents.reminderId, id));

describe('a reminder about to leave for a debtor who owes nothing any more', () => {
	it('does not leave after a payment written without re-evaluation: deleted, its reason in the history', async () => {
		const id = await scenarioReminder();
		await paidBehindTheScenes();
		const report = await passAndSend();
		expect(report).toMatchObject({ reminders: 0, deliveries: 0, withdrawn: 1 });
		expect(resend.requests).toHaveLength(0);
		expect(await db.select().from(deliveries)).toHaveLength(0);
		expect(await reminderOf(id)).toMatchObject({ status: 'deleted', statusReason: SETTLED });
		expect((await eventsOf(id)).find((e) => e.action === 'deleted')).toMatchObject({
			fromStatus: 'scheduled',
			toStatus: 'deleted',
			reason: SETTLED
		});
	});

	it('leaves when « à conserver », and while anything is still owed', async () => {
		const kept = await scenarioReminder();
		await db.update(reminders).set({ keep: true }).where(eq(reminders.id, kept));
		await paidBehindTheScenes();
		expect(await passAndSend()).toMatchObject({ reminders: 1, deliveries: 1, withdrawn: 0 });
		expect(resend.delivered).toHaveLength(1);
		expect((await reminderOf(kept)).status).toBe('sent');

		const other = (await makeDebtor(db, org.id, 'Petit')).id;
		const contact = await makeContact(db, org.id, other, { email: 'petit@example.test' });
		await makeInvoice(db, org.id, other, { amountCents: 60_000, paidCents: 59_999 });
		await runScenarios(db, org.id, 'manual', { today: TODAY });
		expect(await passAndSend()).toMatchObject({ reminders: 1, withdrawn: 0 });
		expect(resend.delivered.map((d) => d.email.to).flat()).toContain(contact.email);
	});

	it('takes the scenario engine’s decision: a debt paid down under the threshold withdraws it with the engine’s reason', async () => {
		const id = await scenarioReminder();
		await db.update(scenarios).set({ minBalanceCents: 50_000 }).where(eq(scenarios.id, scenarioId));
		await paidBehindTheScenes(20_000);
		await passAndSend();
		expect(resend.requests).toHaveLength(0);
		const row = await reminderOf(id);
		expect(row.status).toBe('deleted');
		expect(readStoredText(row.statusReason, 'fr')).toMatch(/seuil/);
		expect((await eventsOf(id)).find((e) => e.action === 'deleted')?.reason).toBe(row.statusReason);
	});

	it('withdraws a reminder made by hand too, an immediate one included, and sends the others of the batch', async () => {
		const [manual] = await db
			.insert(reminders)
			.values({
				organisationId: org.id,
				debtorId,
				status: 'scheduled',
				sendDate: TODAY,
				immediate: true,
				shortDescription: 'Relance manuelle',
				requiresValidation: false,
				content: { emailSubject: 's', emailHeader: '', emailBody: 'b', emailFooter: '', smsText: '', letterBody: '' }
			})
			.returning();
		await db.insert(reminderRecipients).values({ reminderId: manual.id, contactId, channels: ['email'] });
		await db.insert(reminderInvoices).values({ reminderId: manual.id, invoiceId });
		const owing = (await makeDebtor(db, org.id, 'Doit')).id;
		await makeContact(db, org.id, owing, { email: 'doit@example.test' });
		await makeInvoice(db, org.id, owing, { amountCents: 10_000 });
		await runScenarios(db, org.id, 'manual', { today: TODAY });
		await paidBehindTheScenes();
		// After hours: only the immediate one is due, and it is withdrawn.
		expect(
			await passAndSend({ trigger: 'immediate', organisationId: org.id, at: new Date('2026-11-23T21:00:00+01:00') })
		).toMatchObject({ reminders: 0, withdrawn: 1 });
		expect(await reminderOf(manual.id)).toMatchObject({ status: 'deleted', statusReason: SETTLED });
		// In the hours, with batches of one: the paid debtor's scenario reminder goes, the other leaves.
		expect(await passAndSend({ batchSize: 1 })).toMatchObject({ reminders: 1, withdrawn: 1 });
		expect(resend.delivered.map((d) => d.email.to).flat()).toEqual(['doit@example.test']);
	});
});

describe('the buttons that send now', () => {
	async function todaysScenarioReminder() {
		const today = todayIn('Europe/Paris');
		await db.update(invoices).set({ dueDate: '2026-01-01', issueDate: '2026-01-01' }).where(eq(invoices.id, invoiceId));
		const id = await scenarioReminder(today);
		await paidBehindTheScenes();
		return id;
	}

	it('« Tout envoyer » withdraws it', async () => {
		const manager = await makeUser(db, org.id, 'manager');
		const id = await todaysScenarioReminder();
		const client = await loggedIn(manager.email, TEST_PASSWORD);
		const reply = await client.action('/aujourdhui?/sendAll', {});
		await finishOperations(db);
		expect((await operationReply(client, operationIn(reply.location)!)).message).toMatch(
			/1 relance retirée au moment de partir/
		);
		expect(await reminderOf(id)).toMatchObject({ status: 'deleted', statusReason: SETTLED });
		expect(await db.select().from(deliveries)).toHaveLength(0);
	});

	it('« Envoyer la liste prête » withdraws it', async () => {
		const manager = await makeUser(db, org.id, 'manager');
		const id = await todaysScenarioReminder();
		const client = await loggedIn(manager.email, TEST_PASSWORD);
		const reply = await client.action('/avant-envoi?/sendDue', { reminderId: id });
		await finishOperations(db);
		expect((await operationReply(client, operationIn(reply.location)!)).message).toMatch(
			/1 relance retirée au moment de partir/
		);
		expect(await reminderOf(id)).toMatchObject({ status: 'deleted', statusReason: SETTLED });
		expect(await db.select().from(deliveries)).toHaveLength(0);
		expect(await db.select().from(scenarioReminders)).toHaveLength(1);
	});
});

describe('the reminder form for a debtor who owes nothing', () => {
	const fields = (overrides: Record<string, string | string[]> = {}) => ({
		debtorId,
		sendDate: '2099-01-04',
		shortDescription: 'Rappel',
		description: '',
		emailSubject: 'Rappel',
		emailBody: 'Bonjour {{ nom }}',
		[`channels_${contactId}`]: ['email'],
		intent: 'save',
		...overrides
	});

	it('warns, refuses without the confirmation (next to the box, without JavaScript too), and saves with it', async () => {
		await paidBehindTheScenes();
		const manager = await makeUser(db, org.id, 'manager');
		const client = await loggedIn(manager.email, TEST_PASSWORD);
		const page = await client.get(`/relances/nouvelle?debiteur=${debtorId}`);
		expect(page.body).toContain('name="owesNothingConfirmed"');

		const refused = await client.action('/relances/nouvelle?/save', fields({ keep: 'on' }));
		expect(refused.status).toBe(400);
		expect(refused.data).toMatchObject({
			errors: { owesNothingConfirmed: expect.stringMatching(/ne doit plus rien/) }
		});
		const plain = await client.post(`/relances/nouvelle?debiteur=${debtorId}&/save`, fields());
		expect(plain.status).toBe(400);
		expect(plain.body).toMatch(/id="f-owesNothingConfirmed-error"[^>]*>Ce débiteur ne doit plus rien/);
		expect(await db.select().from(reminders)).toHaveLength(0);

		expect(
			(await client.action('/relances/nouvelle?/save', fields({ keep: 'on', owesNothingConfirmed: 'on' }))).type
		).toBe('redirect');
		const [saved] = await db.select().from(reminders);
		expect(saved).toMatchObject({ keep: true, status: 'scheduled' });

		const edit = await client.action(
			`/relances/${saved.id}/modifier?/save`,
			fields({ keep: 'on', version: String(saved.version), shortDescription: 'Rappel modifié' })
		);
		expect(edit.status).toBe(400);
		expect((await reminderOf(saved.id)).shortDescription).toBe('Rappel');
	});

	it('asks nothing while the debtor owes something', async () => {
		const manager = await makeUser(db, org.id, 'manager');
		const client = await loggedIn(manager.email, TEST_PASSWORD);
		expect((await client.get(`/relances/nouvelle?debiteur=${debtorId}`)).body).not.toContain(
			'name="owesNothingConfirmed"'
		);
		expect((await client.action('/relances/nouvelle?/save', fields())).type).toBe('redirect');
	});
});

describe('a pass and a scenario run at once', () => {
	it('neither waits for the other for ever: each reminder is sent or withdrawn, once', async () => {
		const debtorIds = [debtorId];
		for (let i = 0; i < 40; i++) {
			const id = (await makeDebtor(db, org.id, `Débiteur ${i}`)).id;
			await makeContact(db, org.id, id, { email: `d${i}@example.test` });
			await makeInvoice(db, org.id, id, { amountCents: 60_000 });
			debtorIds.push(id);
		}
		await runScenarios(db, org.id, 'manual', { today: TODAY });
		// Half of them paid behind the scenes: the run and the pass both want their reminders gone.
		await db
			.update(invoices)
			.set({ paidCents: 60_000 })
			.where(sql`${invoices.debtorId} = any(${`{${debtorIds.filter((_, i) => i % 2).join(',')}}`}::uuid[])`);
		const enqueue = async () => {};
		await Promise.all([
			runPass(db, { trigger: 'interval', at: AT, batchSize: 3, enqueue }),
			runScenarios(db, org.id, 'manual', { today: TODAY, batchSize: 4 }),
			runPass(db, { trigger: 'interval', at: AT, batchSize: 5, enqueue })
		]);
		const rows = await db.select({ debtorId: reminders.debtorId, status: reminders.status }).from(reminders);
		expect(rows).toHaveLength(41);
		for (const row of rows) expect(row.status).toBe(debtorIds.indexOf(row.debtorId) % 2 ? 'deleted' : 'sending');
		expect(await db.select().from(deliveries)).toHaveLength(21);
		const deletions = await db.select().from(reminderEvents).where(eq(reminderEvents.action, 'deleted'));
		expect(deletions).toHaveLength(20);
	});
});
