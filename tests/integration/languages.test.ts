import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { loggedIn } from '../helpers/app';
import { makeOrganisation, makeUser, TEST_PASSWORD } from '../helpers/factories';
import { reminderEvents, reminders } from '../../src/lib/server/db/schema';
import type { Db } from '../../src/lib/server/db/types';
import { storedText } from '../../src/lib/stored-text';
import { makeDelivery } from './providers-fixtures';

let db: Db;
beforeEach(async () => {
	db = await freshDb();
});

/** The page as shown: its markup without the data handed to its script, quotes unescaped. */
const read = (html: string) =>
	html
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"');

/** A reminder's history as the app writes it, an older French row among it. */
async function history() {
	const org = await makeOrganisation(db);
	const manager = await makeUser(db, org.id, 'manager');
	const { delivery } = await makeDelivery(db, {}, org.id, { status: 'deleted', statusReason: storedText('paid') });
	const [reminder] = await db.select().from(reminders).where(eq(reminders.id, delivery.reminderId));
	const line = (action: string, reason: string) => ({
		organisationId: org.id,
		reminderId: reminder.id,
		debtorId: reminder.debtorId,
		action,
		reason
	});
	await db.insert(reminderEvents).values([
		line('delivery_sent', storedText('delivery', { channel: 'email', to: 'helene@example.test' })),
		line(
			'delivery_bounced',
			storedText('on_channel', {
				channel: 'email',
				reason: storedText('provider_bounced', { type: 'Permanent', message: 'Mailbox does not exist' })
			})
		),
		line(
			'fallback_none',
			storedText('fallback_none', { contact: "Mme Hélène O'Brien", why: 'no_address,no_sms_consent' })
		),
		line('deleted', "Dette réglée : plus rien n'est dû")
	]);
	return { manager, reminder };
}

describe('texts the app stored, read in each language', () => {
	it('a reminder and its debtor read their history in English: no code, no French sentence', async () => {
		const { manager, reminder } = await history();
		const client = await loggedIn(manager.email, TEST_PASSWORD);
		await client.action('/langue', { locale: 'en', redirectTo: '/' });
		for (const path of [`/relances/${reminder.id}`, `/debiteurs/${reminder.debtorId}`]) {
			const page = read((await client.get(path)).body);
			expect(page, path).toContain('Email · helene@example.test');
			expect(page, path).toContain('Email: Address rejected (Permanent): Mailbox does not exist');
			expect(page, path).toContain(
				"No fallback: no postal address, no consent to SMS; the email address is to check · Mme Hélène O'Brien"
			);
			expect(page, path).toContain('Debt settled: nothing is owed any more');
			expect(page, path).not.toMatch(
				/delivery_sent|delivery_bounced|fallback_none|\{"code|Dette réglée|Adresse rejetée|Aucun repli/
			);
		}
	});

	it('and in French', async () => {
		const { manager, reminder } = await history();
		const page = read((await (await loggedIn(manager.email, TEST_PASSWORD)).get(`/relances/${reminder.id}`)).body);
		expect(page).toContain('E-mail : Adresse rejetée (Permanent) : Mailbox does not exist');
		expect(page).toContain(
			'Aucun repli : pas d’adresse postale, pas d’accord pour les SMS ; l’adresse e-mail est à contrôler'
		);
		expect(page).toContain("Dette réglée : plus rien n'est dû");
		expect(page).not.toMatch(/Debt settled|\{"code/);
	});
});
