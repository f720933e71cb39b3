import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formError, invalid, readForm } from '$lib/server/forms';
import { invoiceSchema } from '$lib/validation/debtors';
import { addInvoice } from '$lib/server/debtors/invoices';
import { debtorOr404 } from '$lib/server/debtors/guard';
import { reevaluateDebtor } from '$lib/server/scenarios/run';
import { today } from '$lib/server/debtors/today';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params }) => ({
	debtor: await debtorOr404(locals.db, locals.organisation!.id, params.id),
	today: today()
});

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const { data: input, failure, values } = await readForm(request, invoiceSchema);
		if (failure) return failure;
		const outcome = await addInvoice(locals.db, locals.organisation!.id, params.id, input);
		if (outcome.kind === 'not_found') return formError(404, m.error_not_found());
		if (outcome.kind === 'duplicate_number') return invalid(400, { number: m.invoices_number_taken() }, values);
		// A new debt may bring him into a scenario, or to its next step: seen now, not at the next run.
		await reevaluateDebtor(locals.db, locals.organisation!.id, params.id);
		redirect(303, `/debiteurs/${params.id}#factures`);
	}
};
