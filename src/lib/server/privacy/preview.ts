import { and, count, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { contacts, debtors, reminders } from '../db/schema';
import { isUuid } from '$lib/validation/ids';
import { CANCELLABLE } from './erase';

/** What an erasure of this debtor's personal data would touch, for its confirmation page. */
export async function erasurePreview(db: DbOrTx, organisationId: string, debtorId: string) {
	if (!isUuid(debtorId)) return null;
	const [debtor] = await db
		.select({ id: debtors.id, name: debtors.name, erasedAt: debtors.erasedAt })
		.from(debtors)
		.where(and(eq(debtors.id, debtorId), eq(debtors.organisationId, organisationId)));
	if (!debtor) return null;
	const [[people], [waiting]] = await Promise.all([
		db.select({ n: count() }).from(contacts).where(eq(contacts.debtorId, debtor.id)),
		db
			.select({ n: count() })
			.from(reminders)
			.where(and(eq(reminders.debtorId, debtor.id), inArray(reminders.status, CANCELLABLE)))
	]);
	return { ...debtor, contacts: people.n, waitingReminders: waiting.n };
}
