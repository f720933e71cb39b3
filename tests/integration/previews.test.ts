import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../helpers/db';
import { loggedIn, type Client } from '../helpers/app';
import { byTestId } from '../helpers/html';
import { makeContact, makeDebtor, makeInvoice, makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { startFakeResend, type FakeResend } from '../fakes/resend';
import { startFakeVonage, type FakeVonage } from '../fakes/vonage';
import { sendersFor } from '../fakes/senders';
import { contacts, organisations, reminderRecipients, reminders, templates } from '../../src/lib/server/db/schema';
import { runPass } from '../../src/lib/server/delivery/scheduler';
import { deliverBatch, type Senders } from '../../src/lib/server/delivery/worker';
import type { Db } from '../../src/lib/server/db/types';
import { eq } from 'drizzle-orm';
import { pdfTexts } from '../helpers/pdf-text';
import { seedDemoTemplates } from '../../src/lib/server/templates/demo-templates';

/** Content that tries the escaping: quotes, angle brackets, ampersands, French punctuation, the invoice table. */
const CONTENT = {
	emailSubject: 'Loyer « impayé » — {{ compte }} & <frais>',
	emailHeader: '{{ organisation.nom }}',
	emailBody:
		'Bonjour {{ civilite }} {{ nom }},\n\nIl reste {{ solde }} à régler "avant le 30" <b>sans faute</b>.\n\n{{ tableau_factures }}',
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
	senders = sendersFor(resend, vonage);
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
		.values({
			organisationId: org.id,
			debtorId: debtor.id,
			status: 'scheduled',
			sendDate: '2026-01-01',
			immediate: true,
			shortDescription: 'Première relance',
			requiresValidation: false,
			content: CONTENT
		})
		.returning();
	await db
		.insert(reminderRecipients)
		.values({ reminderId: reminder.id, contactId: contact.id, channels: ['email', 'sms', 'letter'] });
	return reminder;
}

/** Sends every due delivery through the fake providers, as the queue's worker would. */
async function deliverAll() {
	const ids: string[] = [];
	await runPass(db, {
		trigger: 'manual',
		organisationId: org.id,
		enqueue: async (_tx, batch) => void ids.push(...batch)
	});
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
		// The frame's document is about:srcdoc, under the page's policy: nothing loads from outside the app.
		const policy = String(page.headers['content-security-policy']);
		expect(policy).toContain("default-src 'self'");
		expect(policy).toContain("img-src 'self' data: blob:");
		expect(policy).toContain("script-src 'self'");
		// The organisation's name at the app's address, as no address of its own is set.
		expect(sent.email.from).toBe('Agence « Lumière » & Co <relances@relance.local>');
		expect(sent.email.html).toContain('O&#39;Brien');
		expect(sent.email.text).toContain("Bonjour Mme O'Brien");
	});

	it('the new-reminder form, posted without script, previews what then leaves, From being the organisation’s own address', async () => {
		await db
			.update(organisations)
			.set({
				emailFrom: 'Agence Lumière <relances@lumiere.test>',
				emailReplyTo: 'compta@lumiere.test',
				smsSender: 'LUMIERE'
			})
			.where(eq(organisations.id, org.id));
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
		expect(sent.email).toMatchObject({
			from: 'Agence Lumière <relances@lumiere.test>',
			reply_to: 'compta@lumiere.test'
		});
		expect(sent.sms.from).toBe('LUMIERE');
	});

	it('the template editor previews the same email and SMS for the recipient chosen', async () => {
		const reply = await manager.post('/modeles/nouveau?/preview', {
			...CONTENT,
			previewFor: `${debtor.id}:${contact.id}`
		});
		expect(reply.status).toBe(200);
		await dueReminder();
		expectSame(shown(reply.body), await deliverAll());
	});

	it('says so when the recipient has no address: the email cannot leave', async () => {
		const reminder = await dueReminder();
		await db.update(contacts).set({ email: null, mobilePhone: null }).where(eq(contacts.id, contact.id));
		const html = (await manager.get(`/relances/${reminder.id}`)).body;
		expect(shown(html).to).toBe("Pas d'adresse e-mail pour ce destinataire : l'e-mail ne partira pas.");
		expect(byTestId(html, 'sms-to')[0].text).toBe(
			'Pas de numéro de mobile pour ce destinataire : le SMS ne partira pas.'
		);
	});
});

describe('the letter preview', () => {
	/** The demo's « Deuxième relance » (email and letter), saved as a reminder to the contact. */
	async function demoLetter(organisationId = org.id, debtorId = debtor.id, contactId = contact.id) {
		await seedDemoTemplates(db, organisationId);
		const [template] = (await db.select().from(templates).where(eq(templates.organisationId, organisationId))).filter(
			(t) => t.name === 'Deuxième relance'
		);
		const { emailSubject, emailHeader, emailBody, emailFooter, smsText, letterSubject, letterBody } = template;
		const content = { emailSubject, emailHeader, emailBody, emailFooter, smsText, letterSubject, letterBody };
		const [reminder] = await db
			.insert(reminders)
			.values({
				organisationId,
				debtorId,
				status: 'pending_validation',
				sendDate: '2030-01-01',
				shortDescription: 'Deuxième relance',
				requiresValidation: true,
				content
			})
			.returning();
		await db.insert(reminderRecipients).values({ reminderId: reminder.id, contactId, channels: ['email', 'letter'] });
		return { reminder, content };
	}

	const pageCount = async (body: Uint8Array) => (await pdfTexts(body)).pages;
	const textOf = async (body: Uint8Array) => (await pdfTexts(body)).texts.map((t) => t.text).join('\n');

	function expectPdf(reply: { status: number; headers: Record<string, unknown> }) {
		expect(reply.status).toBe(200);
		expect(reply.headers['content-type']).toBe('application/pdf');
		expect(reply.headers['content-disposition']).toMatch(/^inline/);
		expect(reply.headers['cache-control']).toMatch(/no-store/);
	}

	it('a saved reminder’s letter to a recipient is its one-page PDF, inline and never cached; the page links to it', async () => {
		const { reminder } = await demoLetter();
		const path = `/relances/${reminder.id}/courrier/${contact.id}`;
		const reply = await manager.raw('GET', path);
		expectPdf(reply);
		expect(await pageCount(reply.body)).toBe(1);
		expect(byTestId((await manager.get(`/relances/${reminder.id}`)).body, 'letter-open')[0].attributes.href).toBe(path);
	});

	it('is not found for another organisation’s reminder, nor for a contact who is not its recipient', async () => {
		const other = await makeOrganisation(db, 'Agence B');
		const theirDebtor = await makeDebtor(db, other.id, 'Martin');
		const theirContact = await makeContact(db, other.id, theirDebtor.id);
		const { reminder: theirs } = await demoLetter(other.id, theirDebtor.id, theirContact.id);
		const { reminder: mine } = await demoLetter();
		const neighbour = await makeContact(db, org.id, debtor.id, { firstName: 'Jean', email: 'jean@example.test' });

		expect((await manager.raw('GET', `/relances/${theirs.id}/courrier/${theirContact.id}`)).status).toBe(404);
		expect((await manager.raw('GET', `/relances/${mine.id}/courrier/${neighbour.id}`)).status).toBe(404);
		expect((await manager.raw('GET', `/relances/${mine.id}/courrier/${theirContact.id}`)).status).toBe(404);
	});

	it('the content as typed, posted with its recipient, is the same letter; another organisation’s debtor is not found', async () => {
		const { reminder, content } = await demoLetter();
		const saved = await manager.raw('GET', `/relances/${reminder.id}/courrier/${contact.id}`);
		const typed = await manager.raw('POST', '/apercu/courrier', {
			...content,
			letterFor: `${debtor.id}:${contact.id}`
		});
		expectPdf(typed);
		expect(await pageCount(typed.body)).toBe(1);
		// pdf-lib stamps each file with its time of making: the text is compared, not the bytes.
		expect(await textOf(typed.body)).toBe(await textOf(saved.body));
		expect(await textOf(typed.body)).toContain('Deuxième relance – loyers impayés');

		const other = await makeOrganisation(db, 'Agence B');
		const theirDebtor = await makeDebtor(db, other.id, 'Martin');
		expect((await manager.raw('POST', '/apercu/courrier', { ...content, letterFor: theirDebtor.id })).status).toBe(404);
		expect((await manager.raw('POST', '/apercu/courrier', { ...content, letterFor: 'nobody' })).status).toBe(422);
	});
});
