import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { debtors, invoices, payments } from '../db/schema';
import type { PaymentInput } from '$lib/validation/debtors';
import { isUuid } from '$lib/validation/ids';

export type PaymentOutcome =
	| { kind: 'recorded'; debtorId: string; allocations: { invoiceId: string; number: string; amountCents: number }[] }
	| { kind: 'not_found' }
	| { kind: 'invoice_not_found' }
	| { kind: 'invoice_paid' }
	| { kind: 'overpayment'; openCents: number };

/**
 * Records a payment and settles invoices with it: the chosen invoice first, then the oldest
 * unpaid ones; no invoice is ever paid beyond its amount, and money beyond everything still
 * owed is refused rather than parked. One payment row per invoice settled, so an invoice's
 * payments always add up to what it shows as paid.
 *
 * The write alone: a person's payment goes through scenarios/debtor-changes, which re-evaluates
 * the debtor in the same transaction (he may have left his scenario by paying). `actorId` is who
 * recorded it; payments have no column for it yet, so it is not stored.
 */
export async function recordPayment(
	db: DbOrTx,
	organisationId: string,
	actorId: string | null,
	input: PaymentInput & { debtorId: string }
): Promise<PaymentOutcome> {
	if (!isUuid(input.debtorId)) return { kind: 'not_found' };
	return db.transaction(async (tx): Promise<PaymentOutcome> => {
		const [debtor] = await tx
			.select({ id: debtors.id })
			.from(debtors)
			.where(and(eq(debtors.id, input.debtorId), eq(debtors.organisationId, organisationId)));
		if (!debtor) return { kind: 'not_found' };

		if (input.invoiceId) {
			const [chosen] = await tx
				.select({ amountCents: invoices.amountCents, paidCents: invoices.paidCents })
				.from(invoices)
				.where(
					and(
						eq(invoices.id, input.invoiceId),
						eq(invoices.debtorId, debtor.id),
						eq(invoices.organisationId, organisationId)
					)
				);
			if (!chosen) return { kind: 'invoice_not_found' };
			if (chosen.paidCents >= chosen.amountCents) return { kind: 'invoice_paid' };
		}

		// Locked, so that two payments recorded at once cannot both settle the same euros.
		const open = await tx
			.select({
				id: invoices.id,
				number: invoices.number,
				amountCents: invoices.amountCents,
				paidCents: invoices.paidCents
			})
			.from(invoices)
			.where(and(eq(invoices.debtorId, debtor.id), sql`${invoices.paidCents} < ${invoices.amountCents}`))
			.orderBy(asc(invoices.dueDate), asc(invoices.issueDate), asc(invoices.number))
			.for('update');
		const ordered = [...open.filter((i) => i.id === input.invoiceId), ...open.filter((i) => i.id !== input.invoiceId)];
		const openCents = ordered.reduce((sum, i) => sum + i.amountCents - i.paidCents, 0);
		if (input.amountCents > openCents) return { kind: 'overpayment', openCents };

		let left = input.amountCents;
		const allocations: { invoiceId: string; number: string; amountCents: number }[] = [];
		for (const invoice of ordered) {
			if (left === 0) break;
			const part = Math.min(left, invoice.amountCents - invoice.paidCents);
			left -= part;
			allocations.push({ invoiceId: invoice.id, number: invoice.number, amountCents: part });
			await tx
				.update(invoices)
				.set({ paidCents: sql`${invoices.paidCents} + ${part}` })
				.where(eq(invoices.id, invoice.id));
		}
		await tx.insert(payments).values(
			allocations.map((a) => ({
				organisationId,
				debtorId: debtor.id,
				invoiceId: a.invoiceId,
				amountCents: a.amountCents,
				paidOn: input.paidOn,
				reference: input.reference
			}))
		);
		return { kind: 'recorded', debtorId: debtor.id, allocations };
	});
}
