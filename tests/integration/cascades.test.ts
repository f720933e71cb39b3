import { beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { freshDb } from '../helpers/db';
import { makeContact, makeDebtor, makeOrganisation } from '../helpers/factories';
import { debtors, deliveries, organisations, reminderEvents, reminders } from '../../src/lib/server/db/schema';
import { recordEvents } from '../../src/lib/server/lifecycle/history';
import { rowsOf } from '../../src/lib/server/db/arrays';
import type { Db } from '../../src/lib/server/db/types';

let db: Db;

/** One sent reminder of a debtor, with its delivery and its history, in each of two agencies. */
async function sentReminder(name: string) {
	const org = await makeOrganisation(db, name);
	const debtor = await makeDebtor(db, org.id, `Locataire de ${name}`);
	const contact = await makeContact(db, org.id, debtor.id);
	const [reminder] = await db
		.insert(reminders)
		.values({
			organisationId: org.id,
			debtorId: debtor.id,
			status: 'sent',
			sendDate: '2026-11-23',
			shortDescription: 'Relance',
			requiresValidation: false,
			content: { emailSubject: '', emailHeader: '', emailBody: 'x', emailFooter: '', smsText: '', letterBody: '' }
		})
		.returning();
	await db.insert(deliveries).values({
		organisationId: org.id,
		reminderId: reminder.id,
		contactId: contact.id,
		channel: 'email',
		status: 'sent'
	});
	await recordEvents(db, [
		{ organisationId: org.id, reminderId: reminder.id, debtorId: debtor.id, action: 'delivery_sent', reason: 'E-mail' },
		{
			organisationId: org.id,
			reminderId: reminder.id,
			debtorId: debtor.id,
			action: 'sent',
			fromStatus: 'sending',
			toStatus: 'sent'
		}
	]);
	return { org, debtor };
}

const left = async (organisationId: string) =>
	rowsOf<{ events: number; deliveries: number }>(
		await db.execute(sql`select (select count(*)::int from ${reminderEvents} where organisation_id = ${organisationId}) as events,
			(select count(*)::int from ${deliveries} where organisation_id = ${organisationId}) as deliveries`)
	)[0];

beforeEach(async () => {
	db = await freshDb();
});

/**
 * History lines and deliveries name their reminder's organisation and debtor without a foreign
 * key of their own (see the schema): the reminder's key is what takes them away with it.
 */
describe('deleting what a reminder belongs to', () => {
	it('takes a debtor’s history and deliveries with his reminders, and nobody else’s', async () => {
		const a = await sentReminder('Agence A');
		const b = await sentReminder('Agence B');
		await db.delete(debtors).where(eq(debtors.id, a.debtor.id));
		expect(await left(a.org.id)).toEqual({ events: 0, deliveries: 0 });
		expect(await left(b.org.id)).toEqual({ events: 2, deliveries: 1 });
	});

	it('takes an organisation’s history and deliveries with it, and nobody else’s', async () => {
		const a = await sentReminder('Agence A');
		const b = await sentReminder('Agence B');
		await db.delete(organisations).where(eq(organisations.id, a.org.id));
		expect(await left(a.org.id)).toEqual({ events: 0, deliveries: 0 });
		expect(await left(b.org.id)).toEqual({ events: 2, deliveries: 1 });
	});
});
