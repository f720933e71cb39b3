import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { invalid, readForm } from '$lib/server/forms';
import { templateSchema } from '$lib/validation/templates';
import { createTemplate } from '$lib/server/templates/save';
import { loadEditor, previewAction } from '$lib/server/templates/editor';

export const load: PageServerLoad = ({ locals }) => loadEditor(locals.db, locals.organisation!.id);

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const { data: input, failure, values } = await readForm(request, templateSchema);
		if (failure) return failure;
		const outcome = await createTemplate(locals.db, locals.organisation!.id, input);
		if (outcome.kind === 'invalid') return invalid(400, outcome.errors, values);
		redirect(303, `/modeles/${outcome.id}`);
	},
	preview: previewAction
};
