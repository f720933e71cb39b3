import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { freshDb } from '../../../../tests/helpers/db';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation } from '../../../../tests/helpers/factories';
import { startFakeResend, type FakeResend } from '../../../../tests/fakes/resend';
import { startFakeVonage, type FakeVonage } from '../../../../tests/fakes/vonage';
import { sendersFor } from '../../../../tests/fakes/senders';
import { contacts, deliveries, organisations, reminderEvents, reminderRecipients, reminders } from '../db/schema';
import type { Db, DbOrTx } from '../db';
import { runPass } from './scheduler';
import { deliverBatch, type Senders } from './worker';
import { confirmBatch, createBatch } from '../letters/batches';
import { settleReminders } from './settle';
import { receiveResendWebhook } from './webhooks/resend';
import { svixSignature } from './webhooks/svix-signature';
import type { BounceFallback } from '$lib/validation/organisation';
import { readStoredText } from '$lib/stored-text';

const SECRET = `whsec_${Buffer.from('fallback webhook secret for tests').toString('base64')}`;
const CONTENT = {
	emailSubject: 'Rappel',
	emailHeader: '',
	emailBody: 'Madame,',
	emailFooter: '',
	smsText: 'Solde dû : {{ solde }}',
	letterBody: 'Madame,'
};

let resend: FakeResend;
let vonage: FakeVonage;
let senders: Senders;
let db: Db;
/** What the webhook handed to the queue, as enqueueDeliveries would in its transaction. */
let enqueued: string[];

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
	enqueued = [];
});

const enqueue = async (_tx: DbOrTx, ids: string[]) => void enqueued.push(...ids);

function webhook(type: string, emailId: string, bounceType = 'Permanent') {
	const body = JSON.stringify({
		type,
		created_at: '2026-11-23T10:00:00.000Z',
		data: {
			email_id: emailId,
			to: ['helene.obrien@example.test'],
			bounce: { type: bounceType, subType: 'General', message: 'Mailbox does not exist' }
		}
	});
	const timestamp = String(Math.floor(Date.now() / 1000));
	const signature = svixSignature(SECRET, 'msg_fallback', timestamp, body);
	return receiveResendWebhook(db, {
		secret: SECRET,
		headers: { id: 'msg_fallback', timestamp, signature },
		body,
		enqueue
	});
}

/** A reminder sent by email to one contact of a debtor who owes 850 €, as the worker leaves it. */
async function sentEmail({
	contact = {},
	rule,
	owes = true,
	keep = false
}: { contact?: Partial<typeof contacts.$inferInsert>; rule?: BounceFallback; owes?: boolean; keep?: boolean } = {}) {
	const org = await makeOrganisation(db);
	if (rule) await db.update(organisations).set({ bounceFallback: rule }).where(eq(organisations.id, org.id));
	const debtor = await makeDebtor(db, org.id);
	const made = await makeContact(db, org.id, debtor.id, contact);
	if (owes) await makeInvoice(db, org.id, debtor.id);
	const [reminder] = await db
		.insert(reminders)
		.values({
			organisationId: org.id,
			debtorId: debtor.id,
			status: 'sent',
			sendDate: '2026-11-23',
			shortDescription: 'Première relance',
			requiresValidation: false,
			keep,
			content: CONTENT
		})
		.returning();
	await db.insert(reminderRecipients).values({ reminderId: reminder.id, contactId: made.id, channels: ['email'] });
	const [email] = await db
		.insert(deliveries)
		.values({
			organisationId: org.id,
			reminderId: reminder.id,
			contactId: made.id,
			channel: 'email',
			status: 'sent',
			attempts: 1,
			sentAt: new Date(),
			providerMessageId: `re_${crypto.randomUUID()}`
		})
		.returning();
	return { org, reminder, contact: made, email };
}

const fallbacksOf = (emailId: string) => db.select().from(deliveries).where(eq(deliveries.fallbackOf, emailId));
const historyOf = async (reminderId: string) =>
	(await db.select().from(reminderEvents).where(eq(reminderEvents.reminderId, reminderId))).map((e) => [
		e.action,
		readStoredText(e.reason, 'fr')
	]);
const contactOf = async (id: string) => (await db.select().from(contacts).where(eq(contacts.id, id)))[0];
const reminderOf = async (id: string) => (await db.select().from(reminders).where(eq(reminders.id, id)))[0];

describe('a hard bounce', () => {
	it('told twice makes one letter to print, one history line; the next PDF takes it and the reminder stays sent', async () => {
		const { org, reminder, contact, email } = await sentEmail();
		expect(await webhook('email.bounced', email.providerMessageId!)).toBe('applied');
		expect(await webhook('email.bounced', email.providerMessageId!)).toBe('ignored');

		const [letter, ...more] = await fallbacksOf(email.id);
		expect(more).toHaveLength(0);
		expect(letter).toMatchObject({
			channel: 'letter',
			status: 'to_print',
			contactId: contact.id,
			reminderId: reminder.id,
			letterBatchId: null
		});
		const history = await historyOf(reminder.id);
		expect(history.filter(([action]) => action.startsWith('fallback_'))).toEqual([
			['fallback_letter', "Repli courrier après rebond de l’e-mail · Mme Hélène O'Brien"]
		]);
		expect(await contactOf(contact.id)).toMatchObject({
			emailCheck: 'bounce',
			emailCheckReason: 'Mailbox does not exist',
			emailCheckOverridden: false
		});
		expect(enqueued).toEqual([]);

		// The reminder was sent already: the letter joins the batch, and printing it changes nothing of the reminder's state.
		expect(await reminderOf(reminder.id)).toMatchObject({ status: 'sent' });
		const batch = await createBatch(db, org.id, null);
		expect(batch).toMatchObject({ letterCount: 1 });
		const answer = await db.transaction(async (tx) => {
			const answer = await confirmBatch(tx, org.id, batch!.id, null, true);
			if (answer.kind === 'sent') await settleReminders(tx, answer.reminderIds);
			return answer;
		});
		expect(answer).toMatchObject({ kind: 'sent', deliveryIds: [letter.id] });
		expect(await reminderOf(reminder.id)).toMatchObject({ status: 'sent', version: reminder.version });
	});

	it('told by concurrent webhooks still falls back once', async () => {
		const { reminder, email } = await sentEmail();
		const results = await Promise.all(
			Array.from({ length: 4 }, () => webhook('email.bounced', email.providerMessageId!))
		);
		expect(results.filter((r) => r === 'applied')).toHaveLength(1);
		expect(await fallbacksOf(email.id)).toHaveLength(1);
		expect((await historyOf(reminder.id)).filter(([action]) => action === 'fallback_letter')).toHaveLength(1);
	});

	it('without consent to letters or SMS falls back to nothing: the contact is flagged with the reason, the history says why', async () => {
		const { reminder, contact, email } = await sentEmail({ contact: { consentLetter: false, consentSms: false } });
		await webhook('email.bounced', email.providerMessageId!);

		expect(await db.select().from(deliveries).where(eq(deliveries.reminderId, reminder.id))).toHaveLength(1);
		expect(await contactOf(contact.id)).toMatchObject({
			emailCheck: 'bounce',
			emailCheckReason: 'Mailbox does not exist'
		});
		expect((await historyOf(reminder.id)).find(([action]) => action === 'fallback_none')?.[1]).toBe(
			"Aucun repli : pas d’accord pour le courrier, pas d’accord pour les SMS ; l’adresse e-mail est à contrôler · Mme Hélène O'Brien"
		);
	});

	it('falls back to an SMS when the contact has no postal address: queued with its job, it reaches Vonage', async () => {
		const { reminder, email } = await sentEmail({ contact: { addressLine1: '', postalCode: '', city: '' } });
		await webhook('email.bounced', email.providerMessageId!);

		const [sms] = await fallbacksOf(email.id);
		expect(sms).toMatchObject({ channel: 'sms', status: 'queued' });
		expect(enqueued).toEqual([sms.id]);
		expect((await historyOf(reminder.id)).map(([action]) => action)).toContain('fallback_sms');

		expect((await deliverBatch(db, senders, enqueued)).get(sms.id)).toEqual({ kind: 'sent' });
		expect(vonage.sent).toHaveLength(1);
		expect(vonage.sent[0]).toMatchObject({ to: '33612345678', clientRef: sms.id, text: 'Solde dû : 850,00 €' });
		expect(await reminderOf(reminder.id)).toMatchObject({ status: 'sent' });
	});

	it('follows the organisation’s order: SMS first when it says so', async () => {
		const { email } = await sentEmail({ rule: 'sms_then_letter' });
		await webhook('email.bounced', email.providerMessageId!);
		expect(await fallbacksOf(email.id)).toMatchObject([{ channel: 'sms' }]);
	});

	it('falls back to nothing when the organisation chose no fallback', async () => {
		const { reminder, contact, email } = await sentEmail({ rule: 'none' });
		await webhook('email.bounced', email.providerMessageId!);
		expect(await fallbacksOf(email.id)).toHaveLength(0);
		expect((await historyOf(reminder.id)).find(([action]) => action === 'fallback_none')?.[1]).toContain(
			'l’organisation a choisi de ne pas remplacer'
		);
		expect(await contactOf(contact.id)).toMatchObject({ emailCheck: 'bounce' });
	});

	it('does not fall back for a debtor who owes nothing, unless the reminder is « à conserver »', async () => {
		const paid = await sentEmail({ owes: false });
		await webhook('email.bounced', paid.email.providerMessageId!);
		expect(await fallbacksOf(paid.email.id)).toHaveLength(0);
		expect((await historyOf(paid.reminder.id)).find(([action]) => action === 'fallback_none')?.[1]).toContain(
			'le débiteur ne doit plus rien'
		);

		const kept = await sentEmail({ owes: false, keep: true });
		await webhook('email.bounced', kept.email.providerMessageId!);
		expect(await fallbacksOf(kept.email.id)).toMatchObject([{ channel: 'letter' }]);
	});

	it('does not fall back for a contact who already gets the reminder by letter', async () => {
		const { reminder, contact, email } = await sentEmail();
		await db.insert(deliveries).values({
			organisationId: email.organisationId,
			reminderId: reminder.id,
			contactId: contact.id,
			channel: 'letter',
			status: 'sent'
		});
		await webhook('email.bounced', email.providerMessageId!);
		expect(await fallbacksOf(email.id)).toHaveLength(0);
		expect((await historyOf(reminder.id)).find(([action]) => action === 'fallback_none')?.[1]).toContain(
			'reçoit déjà cette relance par courrier'
		);
	});
});

describe('a bounce that is not for good', () => {
	it('(Transient, Undetermined) marks the email bounced but neither falls back nor flags the address', async () => {
		for (const bounceType of ['Transient', 'Undetermined']) {
			const { reminder, contact, email } = await sentEmail();
			expect(await webhook('email.bounced', email.providerMessageId!, bounceType)).toBe('applied');
			expect((await db.select().from(deliveries).where(eq(deliveries.id, email.id)))[0]).toMatchObject({
				status: 'bounced'
			});
			expect(await fallbacksOf(email.id)).toHaveLength(0);
			expect((await historyOf(reminder.id)).map(([action]) => action)).toEqual(['delivery_bounced']);
			expect(await contactOf(contact.id)).toMatchObject({ emailCheck: null, emailCheckReason: '' });
		}
	});
});

describe('an address refused when sending', () => {
	async function dueReminder(email: string) {
		const org = await makeOrganisation(db);
		const debtor = await makeDebtor(db, org.id);
		const contact = await makeContact(db, org.id, debtor.id, { email, addressLine1: '', postalCode: '', city: '' });
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
				content: CONTENT
			})
			.returning();
		await db.insert(reminderRecipients).values({ reminderId: reminder.id, contactId: contact.id, channels: ['email'] });
		const ids: string[] = [];
		await runPass(db, {
			trigger: 'manual',
			organisationId: org.id,
			enqueue: async (_tx, batch) => void ids.push(...batch)
		});
		return { reminder, contact, emailId: ids[0] };
	}

	it('(Resend 422 on `to`) fails the email and falls back in the same transaction; the reminder waits for the SMS', async () => {
		const { reminder, contact, emailId } = await dueReminder('pas-une-adresse');
		const requeued: { ids: string[]; inSeconds: number }[] = [];
		const outcome = (
			await deliverBatch(db, senders, [emailId], async (_tx, ids, inSeconds) => void requeued.push({ ids, inSeconds }))
		).get(emailId);

		expect(outcome).toMatchObject({ kind: 'failed', error: expect.stringContaining('Invalid `to` field') });
		const [sms] = await fallbacksOf(emailId);
		expect(sms).toMatchObject({ channel: 'sms', status: 'queued' });
		expect(requeued).toEqual([{ ids: [sms.id], inSeconds: 0 }]);
		expect(await reminderOf(reminder.id)).toMatchObject({ status: 'sending' });
		expect(await contactOf(contact.id)).toMatchObject({
			emailCheck: 'bounce',
			emailCheckReason: expect.stringContaining('Invalid `to` field')
		});
		expect((await historyOf(reminder.id)).find(([action]) => action === 'fallback_sms')?.[1]).toBe(
			"Repli SMS après refus de l’adresse e-mail · Mme Hélène O'Brien"
		);

		await deliverBatch(db, senders, [sms.id]);
		expect(vonage.sent).toMatchObject([{ clientRef: sms.id }]);
		expect(await reminderOf(reminder.id)).toMatchObject({ status: 'sent' });
	});

	it('any other final refusal does not fall back', async () => {
		const { emailId } = await dueReminder('helene.obrien@example.test');
		await db.update(contacts).set({ email: null });
		await deliverBatch(db, senders, [emailId]);
		expect(
			(
				await db
					.select()
					.from(deliveries)
					.where(and(eq(deliveries.id, emailId)))
			)[0]
		).toMatchObject({ status: 'failed' });
		expect(await fallbacksOf(emailId)).toHaveLength(0);
	});
});
