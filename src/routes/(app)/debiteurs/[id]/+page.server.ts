import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDebtor } from '$lib/server/debtors/queries';
import { isUuid } from '$lib/validation/ids';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params }) => {
	const debtor = isUuid(params.id) ? await getDebtor(locals.db, locals.organisation!.id, params.id) : null;
	if (!debtor) error(404, m.error_not_found());
	return { debtor };
};
