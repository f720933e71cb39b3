import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { erasurePreview } from '$lib/server/privacy/preview';
import { eraseDebtor } from '$lib/server/privacy/erase';
import { formError, readForm } from '$lib/server/forms';
import { eraseSchema } from '$lib/validation/privacy';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params }) => {
	const preview = await erasurePreview(locals.db, locals.organisation!.id, params.id);
	if (!preview) error(404, m.error_not_found());
	return { preview };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const { failure } = await readForm(request, eraseSchema);
		if (failure) return failure;
		const outcome = await eraseDebtor(
			locals.db,
			{ userId: locals.user!.id, organisationId: locals.organisation!.id },
			params.id
		);
		if (outcome === 'not_found') return formError(404, m.error_not_found());
		redirect(303, `/debiteurs/${params.id}`);
	}
};
