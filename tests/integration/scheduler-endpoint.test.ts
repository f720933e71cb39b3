import { beforeEach, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation } from '../helpers/factories';
import { Client } from '../helpers/app';
import { deliveries, reminderRecipients, reminders, schedulerPasses } from '../../src/lib/server/db/schema';
import type { Db } from '../../src/lib/server/db/types';
import { recordWrongSecret, takePass } from '../../src/lib/server/delivery/endpoint-limits';

let db: Db;
beforeEach(async () => {
	db = await freshDb();
	process.env.SCHEDULER_SECRET = 'a-long-random-secret-for-tests';
});

it('POST /api/scheduler/run runs a pass for a caller with the bearer secret, and for nobody else', async () => {
	const org = await makeOrganisation(db);
	const debtor = await makeDebtor(db, org.id);
	const contact = await makeContact(db, org.id, debtor.id);
	await makeInvoice(db, org.id, debtor.id);
	const [reminder] = await db
		.insert(reminders)
		.values({
			organisationId: org.id,
			debtorId: debtor.id,
			status: 'scheduled',
			sendDate: '2026-01-01',
			immediate: true,
			shortDescription: 'Relance',
			requiresValidation: false,
			content: { emailSubject: 's', emailHeader: '', emailBody: 'b', emailFooter: '', smsText: '', letterBody: '' }
		})
		.returning();
	await db.insert(reminderRecipients).values({ reminderId: reminder.id, contactId: contact.id, channels: ['email'] });

	const cron = await Client.create({ 'x-forwarded-for': '192.0.2.10' });
	for (const authorization of [
		undefined,
		'Bearer wrong',
		'Basic a-long-random-secret-for-tests',
		'Bearer a-long-random-secret-for-test'
	]) {
		const refused = await cron.request('POST', '/api/scheduler/run', '', authorization ? { authorization } : {});
		expect(refused.status).toBe(401);
	}
	expect(await db.select().from(deliveries)).toHaveLength(0);

	const reply = await cron.request('POST', '/api/scheduler/run', '', {
		authorization: 'Bearer a-long-random-secret-for-tests'
	});
	expect(reply.status).toBe(200);
	const { reports } = JSON.parse(reply.body);
	expect(reports).toContainEqual(expect.objectContaining({ organisationId: org.id, reminders: 1, deliveries: 1 }));
	const [row] = await db.select().from(reminders).where(eq(reminders.id, reminder.id));
	expect(row.status).toBe('sending');
});

it('locks out an address after ten wrong secrets, and gives one pass per five seconds to the right caller', async () => {
	await makeOrganisation(db);
	const guesser = await Client.create({ 'x-forwarded-for': '203.0.113.7' });
	for (let i = 0; i < 10; i++)
		expect(
			(await guesser.request('POST', '/api/scheduler/run', '', { authorization: `Bearer guess-${i}` })).status
		).toBe(401);
	const locked = await guesser.request('POST', '/api/scheduler/run', '', {
		authorization: 'Bearer a-long-random-secret-for-tests'
	});
	expect(locked.status).toBe(429);
	expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);

	const cron = await Client.create({ 'x-forwarded-for': '198.51.100.4' });
	const secret = { authorization: 'Bearer a-long-random-secret-for-tests' };
	expect((await cron.request('POST', '/api/scheduler/run', '', secret)).status).toBe(200);
	const again = await cron.request('POST', '/api/scheduler/run', '', secret);
	expect(again.status).toBe(429);
	expect(Number(again.headers['retry-after'])).toBeGreaterThanOrEqual(1);
	expect(await db.select().from(schedulerPasses)).toHaveLength(1);
});

it('keeps its limits in the database: another instance counts on the same counters', async () => {
	await makeOrganisation(db);
	// The limits module of this test process is another copy than the built app's, as another
	// instance's would be: only what the database keeps is shared.
	const secret = { authorization: 'Bearer a-long-random-secret-for-tests' };
	const cron = await Client.create({ 'x-forwarded-for': '198.51.100.20' });
	expect(await takePass(db, '198.51.100.20')).toBeNull();
	const refused = await cron.request('POST', '/api/scheduler/run', '', secret);
	expect(refused.status).toBe(429);
	expect(await db.select().from(schedulerPasses)).toHaveLength(0);

	const other = await Client.create({ 'x-forwarded-for': '198.51.100.21' });
	expect((await other.request('POST', '/api/scheduler/run', '', secret)).status).toBe(200);
	expect(await takePass(db, '198.51.100.21')).toBeGreaterThanOrEqual(1);

	for (let i = 0; i < 10; i++) await recordWrongSecret(db, '203.0.113.30');
	const guessed = await Client.create({ 'x-forwarded-for': '203.0.113.30' });
	expect((await guessed.request('POST', '/api/scheduler/run', '', secret)).status).toBe(429);
});
