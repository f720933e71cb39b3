import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { deliveries, invoices, reminderInvoices, reminders } from '../db/schema';
import { recordEvents } from '../reminders/history';

// 'to_check' waits for a person: the reminder is neither sent nor failed until he decides.
const OPEN = ['queued', 'sending', 'to_print', 'to_check'] as const;
const LEFT = ['sent', 'delivered'] as const;

/**
 * Once none of a reminder's deliveries is still on its way, the reminder is sent (if any
 * left) or failed. The move from 'sending' happens once under the row's lock, so the effects
 * of sending (invoice levels, last reminder date) are applied exactly once.
 */
export async function settleReminder(tx: DbOrTx, reminderId: string, actorId: string | null = null): Promise<void> {
	// Two deliveries of one reminder may end at the same moment: the lock makes the second wait
	// and then see the first, so that one of them, not neither, settles the reminder.
	await tx.select({ id: reminders.id }).from(reminders).where(eq(reminders.id, reminderId)).for('update');
	const rows = await tx
		.select({ status: deliveries.status, n: sql<number>`count(*)::int` })
		.from(deliveries)
		.where(eq(deliveries.reminderId, reminderId))
		.groupBy(deliveries.status);
	if (rows.some((r) => (OPEN as readonly string[]).includes(r.status))) return;
	const anyLeft = rows.some((r) => (LEFT as readonly string[]).includes(r.status));
	const next = anyLeft ? 'sent' : 'failed';
	const [moved] = await tx
		.update(reminders)
		.set({ status: next, sentAt: anyLeft ? sql`now()` : null, version: sql`${reminders.version} + 1`, updatedAt: sql`now()` })
		.where(and(eq(reminders.id, reminderId), eq(reminders.status, 'sending')))
		.returning({ organisationId: reminders.organisationId, debtorId: reminders.debtorId });
	if (!moved) return;
	if (anyLeft) await raiseInvoiceLevels(tx, reminderId);
	await recordEvents(tx, [
		{ organisationId: moved.organisationId, reminderId, debtorId: moved.debtorId, actorId, action: next, fromStatus: 'sending', toStatus: next }
	]);
}

/** Sending raises the level of the unpaid invoices the reminder covers and stamps the date. */
async function raiseInvoiceLevels(tx: DbOrTx, reminderId: string): Promise<void> {
	const covered = tx.select({ id: reminderInvoices.invoiceId }).from(reminderInvoices).where(eq(reminderInvoices.reminderId, reminderId));
	await tx
		.update(invoices)
		.set({ reminderLevel: sql`${invoices.reminderLevel} + 1`, lastReminderAt: sql`now()` })
		.where(and(inArray(invoices.id, covered), sql`${invoices.paidCents} < ${invoices.amountCents}`));
}
