import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb, testDatabase } from '../helpers/db';
import {
	makeContact,
	makeDebtor,
	makeGroup,
	makeInvoice,
	makeOrganisation,
	makeUser,
	TEST_PASSWORD
} from '../helpers/factories';
import { Client } from '../helpers/app';
import { startAppProcess, type AppProcess } from '../helpers/app-process';
import { sendingAppEnv } from '../helpers/deliveries';
import { startFakeResend, type FakeResend } from '../fakes/resend';
import { startFakeVonage, type FakeVonage } from '../fakes/vonage';
import {
	deliveries,
	organisations,
	payments,
	reminders,
	scenarioSettings,
	scenarioSteps,
	scenarios,
	templates
} from '../../src/lib/server/db/schema';
import { openDatabase } from '../../src/lib/server/db/open';
import { migrateDatabase } from '../../src/lib/server/db/migrate';
import { startQueue } from '../../src/lib/server/queue';
import type { Db } from '../../src/lib/server/db/types';
import { seedDemoTemplates } from '../../src/lib/server/templates/demo-templates';
import { runScenarios } from '../../src/lib/server/scenarios/run';
import { addDays } from '../../src/lib/server/scenarios/days';
import { todayIn } from '../../src/lib/dates';
import { readStoredText } from '$lib/stored-text';

/**
 * The consequences of a write are committed with it. The app runs as its own process and is
 * killed (SIGKILL, by the fault point FAULT_POINT names) right after a payment's commit, before
 * anything that would run after it; restarted, its scheduler runs. On PGlite the app owns its
 * data directory, which the test reads once the app has stopped; on PostgreSQL both share the
 * test's database.
 */
let resend: FakeResend;
let vonage: FakeVonage;
const apps: AppProcess[] = [];
const dirs: string[] = [];

beforeAll(async () => {
	[resend, vonage] = await Promise.all([startFakeResend(), startFakeVonage()]);
});
afterEach(async () => {
	await Promise.all(apps.splice(0).map((app) => app.kill()));
	await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
afterAll(async () => {
	await Promise.all([resend.close(), vonage.close()]);
});

/** The database the app will run on, opened for the test, and the app's settings for it. */
async function place(): Promise<{
	db: Db;
	close(): Promise<void>;
	reopen(): Promise<{ db: Db; close(): Promise<void> }>;
	env: Record<string, string>;
}> {
	const url = process.env.TEST_DATABASE_URL ? (await testDatabase()).url! : '';
	if (url) {
		const db = await freshDb();
		const shared = { db, close: async () => {} };
		return { ...shared, reopen: async () => shared, env: sendingAppEnv(url, resend, vonage) };
	}
	const dir = await mkdtemp(path.join(os.tmpdir(), 'relance-crash-'));
	dirs.push(dir);
	const open = async () => {
		const database = await openDatabase({ dataDir: dir });
		return { db: database.db, close: () => database.close() };
	};
	const opened = await openDatabase({ dataDir: dir });
	await migrateDatabase(opened, path.resolve('drizzle'));
	// As the app prepares it when it starts: the seed's scenario run writes a job.
	await (await startQueue(opened, { supervise: false })).stop({ graceful: false });
	return {
		db: opened.db,
		close: () => opened.close(),
		reopen: open,
		env: { ...sendingAppEnv('', resend, vonage), PGLITE_DATA_DIR: dir }
	};
}

/**
 * Two debtors in scenarios whose first step is due today: Lefèvre's (his group's) waits for an
 * approver, Moreau's (the default one) is scheduled. Sending is open at every hour of every day.
 */
async function seed(db: Db) {
	const org = await makeOrganisation(db);
	await db
		.update(organisations)
		.set({ sendingDays: [1, 2, 3, 4, 5, 6, 7], sendingStart: '00:00', sendingEnd: '24:00', skipHolidays: false })
		.where(eq(organisations.id, org.id));
	const manager = await makeUser(db, org.id, 'manager');
	await seedDemoTemplates(db, org.id);
	const [template] = await db
		.select({ id: templates.id })
		.from(templates)
		.where(eq(templates.name, 'Première relance'));
	// Only the payment may change the debtors' reminders: no scheduled run during the test.
	await db.insert(scenarioSettings).values({ organisationId: org.id, minGapDays: 0, cronEnabled: false });
	const today = todayIn(org.timezone);
	const debtorIn = async (name: string, email: string) => {
		const debtor = await makeDebtor(db, org.id, name);
		await makeContact(db, org.id, debtor.id, { email });
		const invoice = await makeInvoice(db, org.id, debtor.id, {
			issueDate: addDays(today, -40),
			dueDate: addDays(today, -30),
			amountCents: 60_000
		});
		return { debtor, invoice };
	};
	const paid = await debtorIn('Lefèvre', 'lefevre@example.test');
	const control = await debtorIn('Moreau', 'moreau@example.test');
	const group = await makeGroup(db, org.id, 'Contentieux', [paid.debtor.id]);
	const step = { position: 1, delayDays: 0, channels: ['email' as const], templateId: template.id, tag: 'Relance 1' };
	const [litigation, standard] = await db
		.insert(scenarios)
		.values([
			{ organisationId: org.id, name: 'Contentieux', groupId: group.id, minBalanceCents: 0, minDaysOverdue: 1 },
			{ organisationId: org.id, name: 'Standard', minBalanceCents: 0, minDaysOverdue: 1 }
		])
		.returning();
	await db.insert(scenarioSteps).values([
		{ ...step, scenarioId: litigation.id, requiresValidation: true },
		{ ...step, scenarioId: standard.id, requiresValidation: false }
	]);
	expect(await runScenarios(db, org.id, 'manual')).toMatchObject({ created: 2, awaitingValidation: 1 });
	const [pending] = await db.select().from(reminders).where(eq(reminders.debtorId, paid.debtor.id));
	expect(pending).toMatchObject({ status: 'pending_validation', keep: false, sendDate: today });
	return { org, manager, paid, control, pendingId: pending.id, today };
}

const exited = (app: AppProcess) =>
	new Promise<void>((resolve) => {
		if (app.child.exitCode !== null || app.child.signalCode !== null) resolve();
		else app.child.once('exit', () => resolve());
	});

it('a payment that clears the debt, the process killed right after its commit: the pending reminder is deleted and never leaves', async () => {
	const where = await place();
	const { manager, paid, pendingId, today } = await seed(where.db);
	await where.close();
	resend.reset();

	// The process that takes the payment works no queue and runs no pass: only the request's own work counts.
	const first = await startAppProcess({
		...where.env,
		SCHEDULER_INTERVAL_SECONDS: '0',
		DELIVERY_WORKERS: 'off',
		FAULT_POINT: 'payment-committed'
	});
	apps.push(first);
	const person = new Client(first.origin);
	expect((await person.post('/login', { email: manager.email, password: TEST_PASSWORD })).status).toBe(303);
	const payment = { amount: '600', paidOn: today, invoiceId: paid.invoice.id, reference: 'VIR 42' };
	await expect(person.post(`/debiteurs/${paid.debtor.id}/paiements/nouveau`, payment)).rejects.toThrow();
	await exited(first);
	expect(first.child.signalCode, first.output()).toBe('SIGKILL');

	// Restarted: the scheduler passes every second and the workers send.
	const second = await startAppProcess(where.env);
	apps.push(second);
	const deadline = Date.now() + 60_000;
	while (!resend.delivered.some((d) => JSON.stringify(d.email.to).includes('moreau@')) && Date.now() < deadline)
		await new Promise((r) => setTimeout(r, 100));
	// A few more passes over the day, the paid debtor's reminder's send date.
	await new Promise((r) => setTimeout(r, 3000));
	await second.kill('SIGTERM');

	const after = await where.reopen();
	try {
		expect(await after.db.select({ amountCents: payments.amountCents }).from(payments)).toEqual([
			{ amountCents: 60_000 }
		]);
		const [reminder] = await after.db.select().from(reminders).where(eq(reminders.id, pendingId));
		expect({ status: reminder.status, reason: readStoredText(reminder.statusReason, 'fr') }).toEqual({
			status: 'deleted',
			reason: "Dette réglée : plus rien n'est dû"
		});
		expect(await after.db.select().from(deliveries).where(eq(deliveries.reminderId, pendingId))).toEqual([]);
	} finally {
		await after.close();
	}
	const recipients = resend.delivered.map((d) => JSON.stringify(d.email.to));
	// The scheduler did run past the send date: the other debtor's reminder of the day left, once.
	expect(recipients.filter((to) => to.includes('moreau@'))).toHaveLength(1);
	expect(recipients.filter((to) => to.includes('lefevre@'))).toEqual([]);
}, 180_000);
