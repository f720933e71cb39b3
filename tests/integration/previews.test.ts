import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../helpers/db';
import { loggedIn, type Client } from '../helpers/app';
import { byTestId } from '../helpers/html';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { startFakeResend, type FakeResend } from '../fakes/resend';
import { startFakeVonage, type FakeVonage } from '../fakes/vonage';
import { contacts, organisations, reminderRecipients, reminders } from '../../src/lib/server/db/schema';
import { createResendSender } from '../../src/lib/server/delivery/email/resend';
import { createVonageSender } from '../../src/lib/server/delivery/sms/vonage';
import { runPass } from '../../src/lib/server/delivery/scheduler';
import { deliverBatch, type Senders } from '../../src/lib/server/delivery/worker';
import type { Db } from '../../src/lib/server/db/types';
import { eq } from 'drizzle-orm';

/** Content that tries the escaping: quotes, angle brackets, ampersands, French punctuation, the invoice table. */
const CONTENT = {
	emailSubject: 'Loyer « impayé » — {{ compte }} & <frais>',
	emailHeader: '{{ organisation.nom }}',
	emailBody: 'Bonjour {{ civilite }} {{ nom }},\n\nIl reste {{ solde }} à régler "avant le 30" <b>sans faute</b>.\n\n{{ tableau_factures }}',
	emailFooter: 'Agence & fils',
	smsText: "Bonjour {{ prenom }}, il reste {{ solde }} à régler sur le compte {{ compte }}. Merci d'appeler l'agence.",
	letterBody: 'Madame, Monsieur,\n\n{{ tableau_factures }}'
};

let resend: FakeResend;
let vonage: FakeVonage;
let senders: Senders;
let db: Db;
let org: typeof organisations.$inferSelect;
let debtor: { id: string; accountNumber: string };
let contact: { id: string };
let manager: Client;

beforeAll(async () => {
	[resend, vonage] = await Promise.all([startFakeResend(), startFakeVonage()]);
	senders = {
		email: createResendSender({ apiKey: 're_test_key', baseUrl: resend.url, timeoutMs: 10_000 }),
		sms: createVonageSender({ apiKey: 'key', apiSecret: 'secret', restHost: vonage.url, timeoutMs: 10_000 })
	};
});
afterAll(async () => {
	await Promise.all([resend.close(), vonage.close()]);
});

beforeEach(async () => {
	db = await freshDb();
	resend.reset();
	vonage.reset();
	org = await makeOrganisation(db, 'Agence « Lumière » & Co');
	debtor = await makeDebtor(db, org.id, 'Durand');
	contact = await makeContact(db, org.id, debtor.id);
	await makeInvoice(db, org.id, debtor.id);
	manager = await loggedIn((await makeUser(db, org.id, 'manager')).email, TEST_PASSWORD);
});

async function dueReminder() {
	const [reminder] = await db
		.insert(reminders)
		.values({ organisationId: org.id, debtorId: debtor.id, status: 'scheduled', sendDate: '2026-01-01', immediate: true, shortDescription: 'Première relance', requiresValidation: false, content: CONTENT })
		.returning();
	await db.insert(reminderRecipients).values({ reminderId: reminder.id, contactId: contact.id, channels: ['email', 'sms', 'letter'] });
	return reminder;
}

/** Sends every due delivery through the fake providers, as the queue's worker would. */
async function deliverAll() {
	const ids: string[] = [];
	await runPass(db, { trigger: 'manual', organisationId: org.id, enqueue: async (_tx, batch) => void ids.push(...batch) });
	await deliverBatch(db, senders, ids);
	expect(resend.requests).toHaveLength(1);
	expect(vonage.sent).toHaveLength(1);
	return { email: resend.requests[0].body as Record<string, unknown>, sms: vonage.sent[0] };
}

/** What a page shows of the email and the SMS, read from its HTML as a browser without script gets it. */
function shown(html: string) {
	const [frame] = byTestId(html, 'email-frame');
	const one = (id: string) => {
		const found = byTestId(html, id);
		expect(found, id).toHaveLength(1);
		return found[0].text;
	};
	return {
		frame: frame?.attributes,
		from: one('email-from'),
		to: one('email-to'),
		subject: one('email-subject'),
		bubble: one('sms-bubble'),
		sender: one('sms-sender'),
		segments: one('sms-segments')
	};
}

function expectSame(page: ReturnType<typeof shown>, sent: Awaited<ReturnType<typeof deliverAll>>) {
	expect(page.frame).toMatchObject({ sandbox: '', referrerpolicy: 'no-referrer' });
	expect(page.frame.srcdoc).toBe(sent.email.html);
	expect(page.subject).toBe(sent.email.subject);
	expect(page.from).toBe(sent.email.from);
	expect(page.to).toBe(sent.email.to);
	expect(page.bubble).toBe(sent.sms.text);
	expect(page.sender).toBe(sent.sms.from);
	expect(page.segments).toContain(`${sent.sms.messageIds.length} SMS`);
}

describe('previews show what the providers receive', () => {
	it('the reminder page: the iframe holds the very HTML Resend gets, with its subject, From and To; the bubble the text Vonage gets', async () => {
		const reminder = await dueReminder();
		const page = await manager.get(`/relances/${reminder.id}`);
		expect(page.status).toBe(200);
		const sent = await deliverAll();

		expectSame(shown(page.body), sent);
		// The organisation's name at the app's address, as no address of its own is set.
		expect(sent.email.from).toBe('Agence « Lumière » & Co <relances@relance.local>');
		expect(sent.email.html).toContain('O&#39;Brien');
		expect(sent.email.text).toContain("Bonjour Mme O'Brien");
	});

	it('the new-reminder form, posted without script, previews what then leaves, From being the organisation’s own address', async () => {
		await db.update(organisations).set({ emailFrom: 'Agence Lumière <relances@lumiere.test>', emailReplyTo: 'compta@lumiere.test', smsSender: 'LUMIERE' }).where(eq(organisations.id, org.id));
		const reply = await manager.post(`/relances/nouvelle?debiteur=${debtor.id}&/preview`, {
			debtorId: debtor.id,
			sendDate: '2026-01-01',
			shortDescription: 'Première relance',
			[`channels_${contact.id}`]: ['email', 'sms'],
			...CONTENT
		});
		expect(reply.status).toBe(200);
		await dueReminder();
		const sent = await deliverAll();

		expectSame(shown(reply.body), sent);
		expect(sent.email).toMatchObject({ from: 'Agence Lumière <relances@lumiere.test>', reply_to: 'compta@lumiere.test' });
		expect(sent.sms.from).toBe('LUMIERE');
	});

	it('the template editor previews the same email and SMS for the recipient chosen', async () => {
		const reply = await manager.post('/modeles/nouveau?/preview', { ...CONTENT, previewFor: `${debtor.id}:${contact.id}` });
		expect(reply.status).toBe(200);
		await dueReminder();
		expectSame(shown(reply.body), await deliverAll());
	});

	it('says so when the recipient has no address: the email cannot leave', async () => {
		const reminder = await dueReminder();
		await db.update(contacts).set({ email: null, mobilePhone: null }).where(eq(contacts.id, contact.id));
		const html = (await manager.get(`/relances/${reminder.id}`)).body;
		expect(shown(html).to).toBe("Pas d'adresse e-mail pour ce destinataire : l'e-mail ne partira pas.");
		expect(byTestId(html, 'sms-to')[0].text).toBe('Pas de numéro de mobile pour ce destinataire : le SMS ne partira pas.');
	});
});
