import { contacts, debtors, invoices, reminderRecipients, reminders } from '../../src/lib/server/db/schema';
import type { Db } from '../../src/lib/server/db/types';
import { todayIn } from '../../src/lib/dates';

const content = {
	emailSubject: 'Rappel',
	emailHeader: '',
	emailBody: 'Bonjour, il reste {{ solde }} à régler.',
	emailFooter: '',
	smsText: '',
	letterBody: ''
};
const made = new Map<string, number>();

/**
 * `n` reminders on the organisation's ready list for today: each debtor owes, has a good reminder
 * contact, and one email reminder due today. Account numbers run on from the last call's.
 */
export async function makeReadyReminders(db: Db, organisationId: string, n: number, prefix = 'VOL'): Promise<string[]> {
	const ids: string[] = [];
	for (let left = n; left > 0; left -= 500) {
		const size = Math.min(500, left);
		const start = made.get(organisationId) ?? 0;
		made.set(organisationId, start + size);
		const people = await db
			.insert(debtors)
			.values(
				Array.from({ length: size }, (_, i) => ({
					organisationId,
					name: `Débiteur ${start + i}`,
					accountNumber: `${prefix}-${String(start + i).padStart(5, '0')}`
				}))
			)
			.returning({ id: debtors.id });
		await db.insert(invoices).values(
			people.map((d, i) => ({
				organisationId,
				debtorId: d.id,
				number: `${prefix}-F${start + i}`,
				issueDate: '2026-01-01',
				dueDate: '2026-01-10',
				amountCents: 12_000
			}))
		);
		const reached = await db
			.insert(contacts)
			.values(
				people.map((d, i) => ({
					organisationId,
					debtorId: d.id,
					lastName: `Contact ${start + i}`,
					email: `${prefix.toLowerCase()}${start + i}@example.test`,
					consentEmail: true
				}))
			)
			.returning({ id: contacts.id, debtorId: contacts.debtorId });
		const due = await db
			.insert(reminders)
			.values(
				people.map((d) => ({
					organisationId,
					debtorId: d.id,
					status: 'scheduled' as const,
					sendDate: todayIn('Europe/Paris'),
					shortDescription: 'Relance',
					requiresValidation: false,
					content
				}))
			)
			.returning({ id: reminders.id, debtorId: reminders.debtorId });
		const contactOf = new Map(reached.map((c) => [c.debtorId, c.id]));
		await db
			.insert(reminderRecipients)
			.values(due.map((r) => ({ reminderId: r.id, contactId: contactOf.get(r.debtorId)!, channels: ['email'] })));
		ids.push(...due.map((r) => r.id));
	}
	return ids;
}

/** The ready list's form as the page sends it: the boxes ticked (all, by default) and the hidden fields. */
export function readyForm(html: string): Record<string, string | string[]> {
	const form = html.slice(html.indexOf('data-testid="list-ready"'), html.indexOf('data-testid="list-to-check"'));
	const fields: Record<string, string | string[]> = {
		reminderId: [...form.matchAll(/name="reminderId" value="([0-9a-f-]{36})"/g)].map((x) => x[1])
	};
	if (/name="beyond" value="1"/.test(form)) fields.beyond = '1';
	return fields;
}
