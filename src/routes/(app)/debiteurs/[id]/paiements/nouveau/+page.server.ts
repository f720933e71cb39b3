import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formError, invalid, readForm } from '$lib/server/forms';
import { paymentSchema } from '$lib/validation/debtors';
import { recordPayment } from '$lib/server/debtors/payments';
import { reevaluateDebtor } from '$lib/server/scenarios/run';
import { getDebtor } from '$lib/server/debtors/queries';
import { today } from '$lib/server/debtors/today';
import { isUuid } from '$lib/validation/ids';
import { formatMoney } from '$lib/format';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params }) => {
	const debtor = isUuid(params.id) ? await getDebtor(locals.db, locals.organisation!.id, params.id) : null;
	if (!debtor) error(404, m.error_not_found());
	return { debtor, today: today() };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const { data: input, failure, values } = await readForm(request, paymentSchema);
		if (failure) return failure;
		const outcome = await recordPayment(locals.db, locals.organisation!.id, locals.user!.id, { ...input, debtorId: params.id });
		if (outcome.kind === 'not_found' || outcome.kind === 'invoice_not_found') return formError(404, m.error_not_found());
		if (outcome.kind === 'invoice_paid') return invalid(400, { invoiceId: m.payments_invoice_paid() }, values);
		if (outcome.kind === 'overpayment')
			return invalid(400, { amount: m.payments_overpayment({ open: formatMoney(outcome.openCents) }) }, values);
		// He may have left his scenario by paying: no threatening letter may leave after this.
		await reevaluateDebtor(locals.db, locals.organisation!.id, outcome.debtorId);
		redirect(303, `/debiteurs/${outcome.debtorId}#factures`);
	}
};
