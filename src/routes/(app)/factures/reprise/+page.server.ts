import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/forms';
import { bulkLevelSchema } from '$lib/validation/scenarios';
import { applyBulkLevels, listInvoicesForBulk, type InvoiceFilter } from '$lib/server/scenarios/bulk';
import { isCalendarDate } from '$lib/dates';
import { m } from '$lib/paraglide/messages';

function filterOf(url: URL): InvoiceFilter {
	const dueBefore = url.searchParams.get('dueBefore') ?? '';
	return {
		q: (url.searchParams.get('q') ?? '').trim().slice(0, 100),
		dueBefore: isCalendarDate(dueBefore) ? dueBefore : '',
		// Unpaid only unless the filter form was sent without it.
		unpaidOnly: url.searchParams.has('filtered') ? url.searchParams.get('unpaidOnly') === 'on' : true
	};
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const filter = filterOf(url);
	return { filter, ...(await listInvoicesForBulk(locals.db, locals.organisation!.id, filter)) };
};

export const actions: Actions = {
	apply: async ({ request, locals }) => {
		const { data: input, failure } = await readForm(request, bulkLevelSchema);
		if (failure) return failure;
		const outcome = await applyBulkLevels(locals.db, locals.organisation!.id, input);
		return { done: m.scenarios_bulk_done({ invoices: outcome.invoices, debtors: outcome.debtors }) };
	}
};
