import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { debtors, reminders } from '../db/schema';
import { notifyValidationNeeded } from '../push/notify';

/** Approvers learn on their phones that a reminder awaits them; a push problem never fails the save. */
export async function tellApprovers(db: Db, organisationId: string, reminderId: string): Promise<void> {
	const [row] = await db
		.select({ id: reminders.id, shortDescription: reminders.shortDescription, debtorName: debtors.name })
		.from(reminders)
		.innerJoin(debtors, eq(debtors.id, reminders.debtorId))
		.where(eq(reminders.id, reminderId));
	if (row) await notifyValidationNeeded(db, organisationId, row).catch((error) => console.error('[push]', error));
}
