import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formError, invalid, readForm } from '$lib/server/forms';
import { paymentSchema } from '$lib/validation/debtors';
import { recordDebtorPayment } from '$lib/server/scenarios/debtor-changes';
import { getDebtor } from '$lib/server/debtors/queries';
import { organisationToday } from '$lib/server/clock';
import { isUuid } from '$lib/validation/ids';
import { formatMoney } from '$lib/format';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params }) => {
	const debtor = isUuid(params.id) ? await getDebtor(locals.db, locals.organisation!.id, params.id) : null;
	if (!debtor) error(404, m.error_not_found());
	return { debtor, today: await organisationToday(locals.db, locals.organisation!.id) };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const { data: input, failure, values } = await readForm(request, paymentSchema);
		if (failure) return failure;
		const outcome = await recordDebtorPayment(locals.db, locals.organisation!.id, locals.user!.id, {
			...input,
			debtorId: params.id
		});
		if (outcome.kind === 'not_found' || outcome.kind === 'invoice_not_found')
			return formError(404, m.error_not_found());
		if (outcome.kind === 'invoice_paid') return invalid(400, { invoiceId: m.payments_invoice_paid() }, values);
		if (outcome.kind === 'overpayment')
			return invalid(400, { amount: m.payments_overpayment({ open: formatMoney(outcome.openCents) }) }, values);
		redirect(303, `/debiteurs/${outcome.debtorId}#factures`);
	}
};
