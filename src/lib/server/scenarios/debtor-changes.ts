import type { Db } from '../db';
import { recordPayment, type PaymentOutcome } from '../debtors/payments';
import { addInvoice, type InvoiceWrite } from '../debtors/invoices';
import { updateDebtor, type DebtorWrite } from '../debtors/debtors';
import type { DebtorInput, InvoiceInput, PaymentInput } from '$lib/validation/debtors';
import { faultPoint } from '../faults';
import { reevaluateIn } from './run';

/*
 * A person's changes to a debtor, each with its re-evaluation in the same transaction: by paying
 * he may have left his scenario, a new debt may bring him into one or to its next step, new
 * groups may change it. No reminder he no longer deserves outlives the change's commit, and what
 * he now deserves is seen at once, not at the next run.
 */

export async function recordDebtorPayment(
	db: Db,
	organisationId: string,
	actorId: string | null,
	input: PaymentInput & { debtorId: string }
): Promise<PaymentOutcome> {
	const outcome = await db.transaction(async (tx) => {
		const outcome = await recordPayment(tx, organisationId, actorId, input);
		if (outcome.kind === 'recorded') await reevaluateIn(tx, organisationId, outcome.debtorId);
		return outcome;
	});
	faultPoint('payment-committed');
	return outcome;
}

export function addDebtorInvoice(
	db: Db,
	organisationId: string,
	debtorId: string,
	input: InvoiceInput
): Promise<InvoiceWrite> {
	return db.transaction(async (tx) => {
		const outcome = await addInvoice(tx, organisationId, debtorId, input);
		if (outcome.kind === 'saved') await reevaluateIn(tx, organisationId, debtorId);
		return outcome;
	});
}

export function editDebtor(db: Db, organisationId: string, debtorId: string, input: DebtorInput): Promise<DebtorWrite> {
	return db.transaction(async (tx) => {
		const outcome = await updateDebtor(tx, organisationId, debtorId, input);
		if (outcome.kind === 'saved') await reevaluateIn(tx, organisationId, outcome.id);
		return outcome;
	});
}
