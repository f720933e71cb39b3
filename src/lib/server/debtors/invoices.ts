import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { debtors, invoices } from '../db/schema';
import type { InvoiceInput } from '$lib/validation/debtors';
import { isUuid } from '$lib/validation/ids';
import { violates } from './unique';

export type InvoiceWrite = { kind: 'saved'; id: string } | { kind: 'not_found' } | { kind: 'duplicate_number' };

/** The write alone: a person's invoice goes through scenarios/debtor-changes, which re-evaluates the debtor with it. */
export async function addInvoice(
	db: DbOrTx,
	organisationId: string,
	debtorId: string,
	input: InvoiceInput
): Promise<InvoiceWrite> {
	if (!isUuid(debtorId)) return { kind: 'not_found' };
	try {
		return await db.transaction(async (tx): Promise<InvoiceWrite> => {
			const [debtor] = await tx
				.select({ id: debtors.id })
				.from(debtors)
				.where(and(eq(debtors.id, debtorId), eq(debtors.organisationId, organisationId)));
			if (!debtor) return { kind: 'not_found' };
			const [invoice] = await tx
				.insert(invoices)
				.values({ organisationId, debtorId, ...input })
				.returning({ id: invoices.id });
			return { kind: 'saved', id: invoice.id };
		});
	} catch (error) {
		if (violates(error, 'invoices_org_number_idx')) return { kind: 'duplicate_number' };
		throw error;
	}
}
