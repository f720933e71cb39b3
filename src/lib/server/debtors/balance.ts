import { sql, type AnyColumn } from 'drizzle-orm';
import { invoices } from '../db/schema';

/**
 * What a debtor owes in all, overpayments counted against the rest: at zero or below he owes
 * nothing (the scenario engine and the scheduler's guard hold the same rule).
 */
export function debtorBalance(debtorId: AnyColumn | string) {
	return sql<number>`coalesce((select sum(i.amount_cents - i.paid_cents) from ${invoices} i where i.debtor_id = ${debtorId}), 0)`.mapWith(
		Number
	);
}
