import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formError, invalid, readForm } from '$lib/server/forms';
import { invoiceSchema } from '$lib/validation/debtors';
import { addDebtorInvoice } from '$lib/server/scenarios/debtor-changes';
import { debtorOr404 } from '$lib/server/debtors/guard';
import { organisationToday } from '$lib/server/clock';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params }) => ({
	debtor: await debtorOr404(locals.db, locals.organisation!.id, params.id),
	today: await organisationToday(locals.db, locals.organisation!.id)
});

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const { data: input, failure, values } = await readForm(request, invoiceSchema);
		if (failure) return failure;
		const outcome = await addDebtorInvoice(locals.db, locals.organisation!.id, params.id, input);
		if (outcome.kind === 'not_found') return formError(404, m.error_not_found());
		if (outcome.kind === 'duplicate_number') return invalid(400, { number: m.invoices_number_taken() }, values);
		redirect(303, `/debiteurs/${params.id}#factures`);
	}
};
