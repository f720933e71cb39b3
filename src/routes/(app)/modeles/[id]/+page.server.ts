import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formError, invalid, readForm } from '$lib/server/forms';
import { templateSchema } from '$lib/validation/templates';
import { isUuid } from '$lib/validation/ids';
import { getTemplate } from '$lib/server/templates/queries';
import { deleteTemplate, updateTemplate } from '$lib/server/templates/save';
import { loadEditor, previewAction } from '$lib/server/templates/editor';
import { canAct } from '$lib/server/auth/permissions';
import { m } from '$lib/paraglide/messages';

/** A malformed id, like another organisation's, is simply not found. */
const findTemplate = (locals: App.Locals, id: string) =>
	isUuid(id) ? getTemplate(locals.db, locals.organisation!.id, id) : null;

export const load: PageServerLoad = async ({ locals, params }) => {
	const { id: organisationId, role } = locals.organisation!;
	const template = await findTemplate(locals, params.id);
	if (!template) error(404, m.error_not_found());
	return {
		template,
		canEdit: canAct('/(app)/modeles/[id]', 'update', role),
		...(await loadEditor(locals.db, organisationId))
	};
};

export const actions: Actions = {
	update: async ({ request, locals, params }) => {
		const { data: input, failure, values } = await readForm(request, templateSchema);
		if (failure) return failure;
		const outcome = isUuid(params.id)
			? await updateTemplate(locals.db, locals.organisation!.id, params.id, input)
			: ({ kind: 'not_found' } as const);
		if (outcome.kind === 'not_found') return formError(404, m.error_not_found(), values);
		if (outcome.kind === 'invalid') return invalid(400, outcome.errors, values);
		return { done: m.saved() };
	},
	delete: async ({ locals, params }) => {
		const deleted = isUuid(params.id) && (await deleteTemplate(locals.db, locals.organisation!.id, params.id));
		if (!deleted) return formError(404, m.error_not_found());
		redirect(303, '/modeles');
	},
	preview: async (event) =>
		(await findTemplate(event.locals, event.params.id)) ? previewAction(event) : formError(404, m.error_not_found())
};
