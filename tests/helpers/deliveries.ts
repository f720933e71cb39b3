import { expect } from 'vitest';
import { sql } from 'drizzle-orm';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation } from './factories';
import { deliveries } from '../../src/lib/server/db/schema';
import { rowsOf } from '../../src/lib/server/db/arrays';
import type { Db } from '../../src/lib/server/db/types';
import type { FakeResend } from '../fakes/resend';
import type { FakeVonage } from '../fakes/vonage';

/** An app process that sends through the fakes, runs a pass every second and takes a delivery as lost after 2 s. */
export const sendingAppEnv = (databaseUrl: string, resend: FakeResend, vonage: FakeVonage) => ({
	DATABASE_URL: databaseUrl,
	RESEND_API_KEY: 're_test_key',
	RESEND_BASE_URL: resend.url,
	VONAGE_API_KEY: 'key',
	VONAGE_API_SECRET: 'secret',
	VONAGE_REST_HOST: vonage.url,
	SCHEDULER_INTERVAL_SECONDS: '1',
	DELIVERY_WORKERS: 'on',
	DELIVERY_LEASE_SECONDS: '2'
});

/** `count` immediate reminders, each to one contact by email and, when asked, one in four by SMS too. */
export async function dueReminders(db: Db, count: number, options: { sms?: boolean } = {}) {
	const org = await makeOrganisation(db);
	const debtor = await makeDebtor(db, org.id);
	const contact = await makeContact(db, org.id, debtor.id);
	// A debtor who owes something: the claim withdraws a reminder for one who owes nothing.
	await makeInvoice(db, org.id, debtor.id);
	await db.execute(sql`
		with r as (
			insert into reminders (organisation_id, debtor_id, status, send_date, short_description, requires_validation, immediate, content)
			select ${org.id}, ${debtor.id}, 'scheduled', current_date, 'Relance ' || g, false, true,
				'{"emailSubject":"Relance {{ compte }}","emailHeader":"","emailBody":"Bonjour {{ nom }}","emailFooter":"","smsText":"Solde {{ solde }}","letterBody":""}'::jsonb
			from generate_series(1, ${count}) g
			returning id, short_description
		)
		insert into reminder_recipients (reminder_id, contact_id, channels)
		select id, ${contact.id}, case when ${options.sms ?? false} and right(short_description, 1) = '4' then array['email','sms'] else array['email'] end from r`);
}

/**
 * Polls until every delivery has left 'queued' and 'sending' (or the time is up). A poll that
 * fails (the database restarting under the test) is tried again.
 */
export async function waitUntilSettled(db: Db, timeoutMs: number) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const row = await db
			.select({
				total: sql<number>`count(*)::int`,
				open: sql<number>`count(*) filter (where status in ('queued', 'sending'))::int`
			})
			.from(deliveries)
			.then(([r]) => r)
			.catch(() => undefined);
		if (row && ((row.total > 0 && row.open === 0) || Date.now() > deadline)) return row;
		if (!row && Date.now() > deadline) throw new Error('the database did not answer');
		await new Promise((r) => setTimeout(r, 250));
	}
}

/**
 * What still holds deliveries open, for a failure's message: their states with the age of their
 * last change, and the delivery jobs by pg-boss state.
 */
export async function describeOpen(db: Db): Promise<string> {
	const open = rowsOf(
		await db.execute(sql`select status::text, attempts, count(*)::int as n, round(extract(epoch from now() - max(updated_at)))::int as "idleSeconds"
			from deliveries where status in ('queued', 'sending') group by 1, 2 order by 1, 2`)
	);
	const jobs = rowsOf(
		await db
			.execute(
				sql`select state::text, retry_count as retries, count(*)::int as n from pgboss.job where name = 'deliveries' group by 1, 2 order by 1, 2`
			)
			.catch(() => [])
	);
	return `open deliveries ${JSON.stringify(open)}; delivery jobs ${JSON.stringify(jobs)}`;
}

export async function expectEachSentOnce(db: Db, resend: FakeResend, vonage: FakeVonage, reminders: number) {
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
