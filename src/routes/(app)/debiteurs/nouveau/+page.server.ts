import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/forms';
import { debtorSchema } from '$lib/validation/debtors';
import { createDebtor } from '$lib/server/debtors/debtors';
import { listGroups } from '$lib/server/debtors/groups';
import { debtorRefusal } from '$lib/server/debtors/refusals';

export const load: PageServerLoad = async ({ locals }) => ({
	groups: await listGroups(locals.db, locals.organisation!.id)
});

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const { data: input, failure, values } = await readForm(request, debtorSchema);
		if (failure) return failure;
		const outcome = await createDebtor(locals.db, locals.organisation!.id, input);
		if (outcome.kind !== 'saved') return debtorRefusal(outcome, values);
		redirect(303, `/debiteurs/${outcome.id}`);
	}
};
