import { z } from './zod-messages';
import { m } from '$lib/paraglide/messages';

/** 10 000 000 €: beyond it an amount is a typing slip, not a rent. */
const MAX_AMOUNT_CENTS = 1_000_000_000;

/**
 * An amount typed the French way or the English way, in euros, to integer cents:
 * "1 234,56", "1234.56", "1 234 €" → 123456. Thousands are grouped by spaces only, so
 * "1.234" can never be read as 1,234 when 1.23 was meant: such forms are refused (null).
 */
export function parseEuroCents(text: string): number | null {
	const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/€$/, '');
	const match = /^(\d{1,12})(?:[.,](\d{1,2}))?$/.exec(compact);
	if (!match) return null;
	return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

const amount = z
	.string()
	.trim()
	.min(1)
	.max(30)
	.transform((text, ctx) => {
		const cents = parseEuroCents(text);
		const message =
			cents === null
				? m.invoices_amount_invalid()
				: cents <= 0
					? m.invoices_amount_positive()
					: cents > MAX_AMOUNT_CENTS
						? m.invoices_amount_too_big()
						: null;
		if (message === null) return cents as number;
		// `continue`: the other fields' checks still run, so every error shows at once.
		ctx.addIssue({ code: 'custom', message, continue: true });
		return 0;
	});

const day = z
	.string()
	.trim()
	.min(1)
	.pipe(z.iso.date({ error: () => m.error_date() }));

const isDay = (v: string) => day.safeParse(v).success;

/** Checkboxes sharing one name: none ticked sends nothing, one sends a string. */
const checkedIds = z.preprocess((v) => (v === undefined ? [] : [v].flat()), z.array(z.uuid()).max(100));

export const debtorSchema = z.object({
	accountNumber: z.string().trim().min(1).max(40),
	name: z.string().trim().min(1).max(160),
	leaseReference: z.string().trim().max(300).default(''),
	groupIds: checkedIds
});
export type DebtorInput = z.output<typeof debtorSchema>;

export const invoiceSchema = z
	.object({
		number: z.string().trim().min(1).max(40),
		issueDate: day,
		dueDate: day,
		amount
	})
	// Runs even when another field failed: only compare two well-formed days.
	.refine((v) => !isDay(v.issueDate) || !isDay(v.dueDate) || v.dueDate >= v.issueDate, {
		path: ['dueDate'],
		error: () => m.invoices_due_before_issue()
	})
	.transform(({ amount, ...rest }) => ({ ...rest, amountCents: amount }));
export type InvoiceInput = z.output<typeof invoiceSchema>;

export const paymentSchema = z
	.object({
		amount,
		paidOn: day,
		invoiceId: z
			.union([z.literal(''), z.uuid()])
			.optional()
			.transform((v) => v || null),
		reference: z.string().trim().max(120).default('')
	})
	.transform(({ amount, ...rest }) => ({ ...rest, amountCents: amount }));
export type PaymentInput = z.output<typeof paymentSchema>;

export const groupSchema = z.object({ name: z.string().trim().min(1).max(60) });
export const groupRenameSchema = z.object({ groupId: z.uuid(), name: z.string().trim().min(1).max(60) });
export const groupIdSchema = z.object({ groupId: z.uuid() });
