import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { freshDb, testDatabase } from '../helpers/db';
import { makeContact, makeDebtor, makeOrganisation } from '../helpers/factories';
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

	const env = () => ({
		DATABASE_URL: url,
		RESEND_API_KEY: 're_test_key',
		RESEND_BASE_URL: resend.url,
		VONAGE_API_KEY: 'key',
		VONAGE_API_SECRET: 'secret',
		VONAGE_REST_HOST: vonage.url,
		SCHEDULER_INTERVAL_SECONDS: '1',
		DELIVERY_WORKERS: 'on',
		DELIVERY_LEASE_SECONDS: '2'
	});

	/** `count` immediate reminders, each to one contact by email and, one in four, by SMS too. */
	async function dueReminders(count: number) {
		const org = await makeOrganisation(db);
		const debtor = await makeDebtor(db, org.id);
		const contact = await makeContact(db, org.id, debtor.id);
		await db.execute(sql`
			with r as (
				insert into reminders (organisation_id, debtor_id, status, send_date, short_description, requires_validation, immediate, content)
				select ${org.id}, ${debtor.id}, 'scheduled', current_date, 'Relance ' || g, false, true,
					'{"emailSubject":"Relance {{ compte }}","emailHeader":"","emailBody":"Bonjour {{ nom }}","emailFooter":"","smsText":"Solde {{ solde }}","letterBody":""}'::jsonb
				from generate_series(1, ${count}) g
				returning id, short_description
			)
			insert into reminder_recipients (reminder_id, contact_id, channels)
			select id, ${contact.id}, case when right(short_description, 1) = '4' then array['email','sms'] else array['email'] end from r`);
	}

	async function waitUntilSettled(timeoutMs: number) {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const [row] = await db
				.select({
					total: sql<number>`count(*)::int`,
					open: sql<number>`count(*) filter (where status in ('queued', 'sending'))::int`
				})
				.from(deliveries);
			if ((row.total > 0 && row.open === 0) || Date.now() > deadline) return row;
			await new Promise((r) => setTimeout(r, 250));
		}
	}

	async function expectEachSentOnce(reminders: number) {
		const rows = await db.select().from(deliveries);
		const emails = rows.filter((d) => d.channel === 'email');
		const sms = rows.filter((d) => d.channel === 'sms');
		expect(emails).toHaveLength(reminders);
		expect(emails.every((d) => d.status === 'sent')).toBe(true);
		// Resend deduplicates by key: each delivery left once, however often it was asked.
		const left = resend.delivered.map((d) => d.deliveryId);
		expect(new Set(left).size).toBe(left.length);
		expect(left.length).toBe(reminders);
		expect(new Set(left)).toEqual(new Set(emails.map((d) => d.id)));
		// Vonage cannot: an SMS whose outcome was lost is for a person, never sent twice.
		const refs = vonage.sent.map((s) => s.clientRef);
		expect(new Set(refs).size).toBe(refs.length);
		expect(sms.every((d) => d.status === 'sent' || d.status === 'to_check')).toBe(true);
		expect(sms.filter((d) => d.status === 'sent').length).toBeLessThanOrEqual(refs.length);
		expect(refs.length).toBeLessThanOrEqual(sms.length);
	}

	it('a worker killed in the middle of a batch of 1,000: every delivery ends sent once or to check', async () => {
		await dueReminders(1000);
		const first = await startAppProcess(env());
		apps.push(first);
		const deadline = Date.now() + 60_000;
		while (resend.delivered.length < 150 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
		await first.kill('SIGKILL');
		if (resend.delivered.length === 0) throw new Error(`nothing left before the crash:\n${first.output()}`);
		const sentBeforeCrash = resend.delivered.length;
		expect(sentBeforeCrash).toBeGreaterThan(0);
		expect(sentBeforeCrash).toBeLessThan(1000);

		const second = await startAppProcess(env());
		apps.push(second);
		const settled = await waitUntilSettled(90_000);
		await second.kill('SIGTERM');
		expect(settled.open).toBe(0);
		await expectEachSentOnce(1000);
	}, 180_000);

	it('three app processes over 20,000 reminders: each sent once, the work spread over the three', async () => {
		await dueReminders(20_000);
		// One fake Resend per process: who sent what shows, and a duplicate would show across them.
		const fakes = await Promise.all([startFakeResend(), startFakeResend(), startFakeResend()]);
		try {
			const trio = await Promise.all(fakes.map((fake) => startAppProcess({ ...env(), RESEND_BASE_URL: fake.url })));
			apps.push(...trio);
			const settled = await waitUntilSettled(300_000);
			await Promise.all(trio.map((a) => a.kill('SIGTERM')));
			expect(settled.open).toBe(0);
			const emails = await db.select({ id: deliveries.id, status: deliveries.status }).from(deliveries).where(eq(deliveries.channel, 'email'));
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
		await dueReminders(10_000);
		const pair = await Promise.all([startAppProcess(env()), startAppProcess(env())]);
		apps.push(...pair);
		const settled = await waitUntilSettled(240_000);
		await Promise.all(pair.map((a) => a.kill('SIGTERM')));
		expect(settled.open).toBe(0);
		await expectEachSentOnce(10_000);
	}, 400_000);
});
