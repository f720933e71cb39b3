import type { Db } from '../../src/lib/server/db/types';
import { deliveries, reminders } from '../../src/lib/server/db/schema';
import { makeContact, makeDebtor, makeOrganisation } from '../helpers/factories';

const CONTENT = {
	emailSubject: 'Rappel',
	emailHeader: '',
	emailBody: 'Madame,',
	emailFooter: '',
	smsText: 'Rappel',
	letterBody: ''
};

/** A delivery as the worker leaves it once a provider took the message: what webhooks find. */
export async function makeDelivery(
	db: Db,
	values: Partial<typeof deliveries.$inferInsert> = {},
	organisationId?: string,
	reminderValues: Partial<typeof reminders.$inferInsert> = {}
) {
	const orgId = organisationId ?? (await makeOrganisation(db)).id;
	const debtor = await makeDebtor(db, orgId);
	const contact = await makeContact(db, orgId, debtor.id);
	const [reminder] = await db
		.insert(reminders)
		.values({
			organisationId: orgId,
			debtorId: debtor.id,
			status: 'sent',
			sendDate: '2026-11-23',
			shortDescription: 'Première relance',
			requiresValidation: false,
			content: CONTENT,
			...reminderValues
		})
		.returning();
	const [delivery] = await db
		.insert(deliveries)
		.values({
			organisationId: orgId,
			reminderId: reminder.id,
			contactId: contact.id,
			channel: 'email',
			status: 'sent',
			attempts: 1,
			sentAt: new Date(),
			...values
		})
		.returning();
	return { delivery, contact, organisationId: orgId };
}
