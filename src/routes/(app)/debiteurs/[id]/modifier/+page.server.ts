import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/forms';
import { debtorSchema } from '$lib/validation/debtors';
import { editDebtor } from '$lib/server/scenarios/debtor-changes';
import { listGroups } from '$lib/server/debtors/groups';
import { debtorOr404 } from '$lib/server/debtors/guard';
import { debtorRefusal } from '$lib/server/debtors/refusals';

export const load: PageServerLoad = async ({ locals, params }) => {
	const organisationId = locals.organisation!.id;
	const [debtor, groups] = await Promise.all([
		debtorOr404(locals.db, organisationId, params.id),
		listGroups(locals.db, organisationId)
	]);
	return { debtor, groups };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const { data: input, failure, values } = await readForm(request, debtorSchema);
		if (failure) return failure;
		const outcome = await editDebtor(locals.db, locals.organisation!.id, params.id, input);
		if (outcome.kind !== 'saved') return debtorRefusal(outcome, values);
		redirect(303, `/debiteurs/${outcome.id}`);
	}
};
