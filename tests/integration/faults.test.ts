import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb, testDatabase } from '../helpers/db';
import { describeOpen, dueReminders, expectEachSentOnce, sendingAppEnv, waitUntilSettled } from '../helpers/deliveries';
import { startFakeResend, type FakeResend } from '../fakes/resend';
import { startFakeVonage, type FakeVonage } from '../fakes/vonage';
import { startAppProcess, type AppProcess } from '../helpers/app-process';
import { deliveries } from '../../src/lib/server/db/schema';
import type { Db } from '../../src/lib/server/db/types';

/**
 * Real processes against one PostgreSQL server (PGlite cannot be shared between processes):
 * these run in CI's PostgreSQL pass.
 */
describe.runIf(process.env.TEST_DATABASE_URL)('delivery under crashes and concurrency (PostgreSQL)', () => {
	let resend: FakeResend;
	let vonage: FakeVonage;
	let db: Db;
	let url: string;
	const apps: AppProcess[] = [];

	beforeAll(async () => {
		[resend, vonage] = await Promise.all([startFakeResend(), startFakeVonage()]);
		url = (await testDatabase()).url!;
	});
	afterAll(async () => {
		await Promise.all(apps.map((a) => a.kill()));
		await Promise.all([resend.close(), vonage.close()]);
	});
	beforeEach(async () => {
		db = await freshDb();
		resend.reset();
		vonage.reset();
	});

	const env = () => sendingAppEnv(url, resend, vonage);

	/** An app process that has sent `emails` at least (or a minute has passed). */
	async function sendingUntil(emails: number): Promise<AppProcess> {
		const app = await startAppProcess(env());
		apps.push(app);
		const deadline = Date.now() + 60_000;
		while (resend.delivered.length < emails && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
		return app;
	}

	/** A second process takes over: every delivery ends settled, each of the reminders sent once. */
	async function secondSendsTheRest(reminders: number) {
		const second = await startAppProcess(env());
		apps.push(second);
		const settled = await waitUntilSettled(db, 90_000);
		const stillOpen = settled.open ? await describeOpen(db) : '';
		await second.kill('SIGTERM');
		expect(settled.open, stillOpen).toBe(0);
		await expectEachSentOnce(db, resend, vonage, reminders);
	}

	it('a worker killed in the middle of a batch of 1,000: every delivery ends sent once or to check', async () => {
		await dueReminders(db, 1000, { sms: true });
		const first = await sendingUntil(150);
		await first.kill('SIGKILL');
		if (resend.delivered.length === 0) throw new Error(`nothing left before the crash:\n${first.output()}`);
		const sentBeforeCrash = resend.delivered.length;
		expect(sentBeforeCrash).toBeGreaterThan(0);
		expect(sentBeforeCrash).toBeLessThan(1000);

		await secondSendsTheRest(1000);
	}, 180_000);

	it('stopped (SIGTERM) in the middle of sending, the process exits by itself; the next one sends the rest once', async () => {
		await dueReminders(db, 2000, { sms: true });
		const first = await sendingUntil(200);
		expect(resend.delivered.length).toBeGreaterThan(0);
		// A deploy's stop: nothing kills it later here; an app that waits for ever fails the test.
		const exited = new Promise<number | null>((resolve) => first.child.once('exit', (code) => resolve(code)));
		first.child.kill('SIGTERM');
		const code = await Promise.race([exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 60_000))]);
		expect(code, first.output()).toBe(0);
		expect(first.output()).not.toMatch(/CONNECTION_ENDED|Error: write after end/);

		await secondSendsTheRest(2000);
	}, 240_000);

	it('three app processes over 20,000 reminders: each sent once, the work spread over the three', async () => {
		await dueReminders(db, 20_000, { sms: true });
		// One fake Resend per process: who sent what shows, and a duplicate would show across them.
		const fakes = await Promise.all([startFakeResend(), startFakeResend(), startFakeResend()]);
		try {
			const trio = await Promise.all(fakes.map((fake) => startAppProcess({ ...env(), RESEND_BASE_URL: fake.url })));
			apps.push(...trio);
			const settled = await waitUntilSettled(db, 300_000);
			const stillOpen = settled.open ? await describeOpen(db) : '';
			await Promise.all(trio.map((a) => a.kill('SIGTERM')));
			expect(settled.open, stillOpen).toBe(0);
			const emails = await db
				.select({ id: deliveries.id, status: deliveries.status })
				.from(deliveries)
				.where(eq(deliveries.channel, 'email'));
			expect(emails).toHaveLength(20_000);
			expect(emails.every((d) => d.status === 'sent')).toBe(true);
			const left = fakes.flatMap((fake) => fake.delivered.map((d) => d.deliveryId));
			expect(left).toHaveLength(20_000);
			expect(new Set(left)).toEqual(new Set(emails.map((d) => d.id)));
			// Spread: each process sent a real share (a fifth or more), none all of it.
			for (const fake of fakes) expect(fake.delivered.length).toBeGreaterThan(20_000 / 5);
		} finally {
			await Promise.all(fakes.map((fake) => fake.close()));
		}
	}, 400_000);

	it('two app processes scheduling and sending 10,000 reminders at once: no duplicate at the provider', async () => {
		await dueReminders(db, 10_000, { sms: true });
		const pair = await Promise.all([startAppProcess(env()), startAppProcess(env())]);
		apps.push(...pair);
		const settled = await waitUntilSettled(db, 240_000);
		const stillOpen = settled.open ? await describeOpen(db) : '';
		await Promise.all(pair.map((a) => a.kill('SIGTERM')));
		expect(settled.open, stillOpen).toBe(0);
		await expectEachSentOnce(db, resend, vonage, 10_000);
	}, 400_000);
});
