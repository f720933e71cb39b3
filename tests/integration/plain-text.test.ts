import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../helpers/db';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation, makeUser } from '../helpers/factories';
import { startFakeResend, type FakeResend } from '../fakes/resend';
import { startFakeVonage, type FakeVonage } from '../fakes/vonage';
import { outbox, reminderRecipients, reminders, scenarioSettings } from '../../src/lib/server/db/schema';
import { createResendSender } from '../../src/lib/server/delivery/email/resend';
import { createOutboxEmailSender } from '../../src/lib/server/delivery/email/outbox';
import { createVonageSender } from '../../src/lib/server/delivery/sms/vonage';
import { runPass } from '../../src/lib/server/delivery/scheduler';
import { deliverBatch } from '../../src/lib/server/delivery/worker';
import { sendRunReport } from '../../src/lib/server/delivery/run-report';
import type { Db } from '../../src/lib/server/db/types';

let resend: FakeResend;
let vonage: FakeVonage;
let db: Db;
let org: { id: string };

beforeAll(async () => {
	[resend, vonage] = await Promise.all([startFakeResend(), startFakeVonage()]);
});
afterAll(async () => {
	await Promise.all([resend.close(), vonage.close()]);
});
beforeEach(async () => {
	db = await freshDb();
	resend.reset();
	vonage.reset();
	org = await makeOrganisation(db, 'Agence Lumière');
});

/** Every email a fake Resend received, from the single and the batch endpoints alike. */
const received = () => resend.requests.flatMap((r) => [r.body].flat() as Record<string, unknown>[]);

/** Each email carries both parts, the text one readable on its own: no markup, no escaping, the same words. */
function expectBothParts(email: Record<string, unknown>, words: string) {
	expect(typeof email.html === 'string' && email.html.length).toBeTruthy();
	expect(typeof email.text).toBe('string');
	expect(email.text).toContain(words);
	expect(email.text).not.toMatch(/<\/?(p|br|table|tr|td|th|div|pre|html|body)\b|&lt;|&amp;|&#39;/i);
}

async function dueReminders(count: number) {
	const debtor = await makeDebtor(db, org.id, 'Durand');
	await makeInvoice(db, org.id, debtor.id);
	for (let n = 0; n < count; n++) {
		const contact = await makeContact(db, org.id, debtor.id, { email: `locataire${n}@example.test` });
		const [reminder] = await db
			.insert(reminders)
			.values({
				organisationId: org.id,
				debtorId: debtor.id,
				status: 'scheduled',
				sendDate: '2026-01-01',
				immediate: true,
				shortDescription: `Relance ${n}`,
				requiresValidation: false,
				content: {
					emailSubject: 'Loyer — {{ compte }}',
					emailHeader: '',
					emailBody: 'Bonjour {{ nom }},\n\n{{ tableau_factures }}',
					emailFooter: 'Agence Lumière',
					smsText: '',
					letterBody: ''
				}
			})
			.returning();
		await db.insert(reminderRecipients).values({ reminderId: reminder.id, contactId: contact.id, channels: ['email'] });
	}
	const ids: string[] = [];
	await runPass(db, {
		trigger: 'manual',
		organisationId: org.id,
		enqueue: async (_tx, batch) => void ids.push(...batch)
	});
	return ids;
}

describe('a plain-text part goes with every email', () => {
	it('reminders, alone or by batch, through Resend', async () => {
		const senders = {
			email: createResendSender({ apiKey: 're_test_key', baseUrl: resend.url, timeoutMs: 10_000 }),
			sms: createVonageSender({ apiKey: 'key', apiSecret: 'secret', restHost: vonage.url, timeoutMs: 10_000 })
		};
		const ids = await dueReminders(3);
		await deliverBatch(db, senders, ids.slice(0, 1));
		await deliverBatch(db, senders, ids.slice(1));
		expect(resend.requests.map((r) => r.path).sort()).toEqual(['/emails', '/emails/batch']);
		expect(received()).toHaveLength(3);
		for (const email of received()) expectBothParts(email, "Bonjour O'Brien");
	});

	it('reminders kept by the outbox when no provider is set', async () => {
		const ids = await dueReminders(2);
		await deliverBatch(
			db,
			{
				email: createOutboxEmailSender(db),
				sms: createVonageSender({ apiKey: 'key', apiSecret: 'secret', restHost: vonage.url, timeoutMs: 10_000 })
			},
			ids
		);
		const kept = await db.select().from(outbox);
		expect(kept).toHaveLength(2);
		for (const email of kept) expectBothParts(email, "Bonjour O'Brien");
	});

	it('the scenario run report, through Resend', async () => {
		const user = await makeUser(db, org.id, 'admin');
		await db.insert(scenarioSettings).values({ organisationId: org.id, reportUserIds: [user.id] });
		const saved = { key: process.env.RESEND_API_KEY, url: process.env.RESEND_BASE_URL };
		Object.assign(process.env, { RESEND_API_KEY: 're_test_key', RESEND_BASE_URL: resend.url });
		try {
			await sendRunReport(db, {
				id: crypto.randomUUID(),
				organisationId: org.id,
				debtors: 1,
				evaluated: 1,
				created: 1,
				awaitingValidation: 0,
				deleted: 0,
				skipped: 0,
				sendingHeld: false,
				details: {
					created: [{ debtorId: crypto.randomUUID(), debtorName: 'Durand <Paul>', text: 'Première relance' }],
					deleted: [],
					skipped: []
				}
			});
		} finally {
			for (const [name, value] of [
				['RESEND_API_KEY', saved.key],
				['RESEND_BASE_URL', saved.url]
			] as const)
				if (value === undefined) delete process.env[name];
				else process.env[name] = value;
		}
		expect(received()).toHaveLength(1);
		expectBothParts(received()[0], 'Durand <Paul> : Première relance');
	});
});
