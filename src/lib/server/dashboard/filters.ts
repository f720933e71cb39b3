import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { debtors } from '../db/schema';
import type { DebtorFilter } from '$lib/dashboard';
import { creditedPayments, creditedStep, dashboardContext, dueDateIn, pauseIn } from './figures';

/**
 * The debtors behind one dashboard figure, as a condition on `debtors`: the same SQL that
 * counted them, so that the list a figure opens holds as many debtors as it says.
 */
export async function debtorFilterWhere(
	db: DbOrTx,
	organisationId: string,
	filter: DebtorFilter,
	now?: Date
): Promise<SQL> {
	const ctx = await dashboardContext(db, organisationId, now);
	switch (filter.kind) {
		case 'age':
			return sql`exists (select 1 from invoices i where i.debtor_id = ${debtors}.id and i.paid_cents < i.amount_cents
				and ${dueDateIn(filter.bucket, sql`i.due_date`, ctx.today)})`;
		case 'pause':
			return sql`exists (select 1 from debtor_pauses dp where dp.debtor_id = ${debtors}.id and ${pauseIn(filter.state, ctx.today)})`;
		case 'recovered':
			return sql`${debtors}.id in (select credited.debtor_id from ${creditedPayments(ctx)}
				where ${creditedStep(filter.step)} and credited.days <= ${filter.within})`;
	}
}
