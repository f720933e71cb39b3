import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { invalid, readForm } from '$lib/server/forms';
import { reminderFormSchema } from '$lib/validation/reminders';
import { isUuid } from '$lib/validation/ids';
import { loadFormContext, getTemplateForForm } from '$lib/server/reminders/form-context';
import { stateForNew } from '$lib/server/reminders/form-state';
import { createReminder } from '$lib/server/reminders/save';
import { previewAction } from '$lib/server/reminders/form-actions';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, url }) => {
	const debtorId = url.searchParams.get('debiteur') ?? '';
	const organisationId = locals.organisation!.id;
	const context = isUuid(debtorId) ? await loadFormContext(locals.db, organisationId, debtorId) : null;
	if (!context) error(404, m.reminders_pick_debtor());
	const templateId = url.searchParams.get('modele') ?? '';
	const template = isUuid(templateId) ? await getTemplateForForm(locals.db, organisationId, templateId) : null;
	return { context, state: stateForNew(context, template) };
};

export const actions: Actions = {
	save: async ({ request, locals }) => {
		const { data: input, failure, values } = await readForm(request, reminderFormSchema);
		if (failure) return failure;
		const actor = { userId: locals.user!.id, organisationId: locals.organisation!.id };
		const outcome = await createReminder(locals.db, actor, input);
		if (!outcome.ok) return invalid(outcome.status, outcome.errors, values);
		redirect(303, `/relances/${outcome.id}?cree=1`);
	},
	preview: async ({ request, locals }) => previewAction(locals.db, locals.organisation!.id, request)
};
