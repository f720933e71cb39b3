import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formError, readForm } from '$lib/server/forms';
import { listInstanceOrganisations, setSuspended } from '$lib/server/organisations/instance';
import { suspendSchema } from '$lib/validation/signup';
import { m } from '$lib/paraglide/messages';

/** The installation's administrator only; to anyone else the page does not exist. */
function requireInstanceAdmin(locals: App.Locals) {
	if (!locals.user?.isInstanceAdmin) error(404, m.error_not_found());
}

export const load: PageServerLoad = async ({ locals }) => {
	requireInstanceAdmin(locals);
	return { organisations: await listInstanceOrganisations(locals.db) };
};

export const actions: Actions = {
	suspend: async ({ request, locals }) => {
		requireInstanceAdmin(locals);
		const { data: input, failure } = await readForm(request, suspendSchema, ['organisationId', 'suspend']);
		if (failure) return failure;
		if (!(await setSuspended(locals.db, input.organisationId, input.suspend === 'yes')))
			return formError(404, m.error_not_found());
		return { done: input.suspend === 'yes' ? m.instance_suspended_done() : m.instance_resumed_done() };
	}
};
