import { redirect } from '@sveltejs/kit';
import { formError, readForm } from '$lib/server/forms';
import type { Actions } from './$types';
import { switchOrganisationSchema } from '$lib/validation/members';
import { switchOrganisation } from '$lib/server/auth/memberships';
import { m } from '$lib/paraglide/messages';

export const actions: Actions = {
	switch: async ({ request, locals }) => {
		const { data: input, failure } = await readForm(request, switchOrganisationSchema, ['organisationId']);
		if (failure) return failure;
		const switched = await switchOrganisation(locals.db, locals.session!.id, locals.user!.id, input.organisationId);
		if (!switched) return formError(404, m.error_not_found());
		redirect(303, '/');
	}
};
