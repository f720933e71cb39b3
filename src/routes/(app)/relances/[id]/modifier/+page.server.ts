import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { invalid, readForm } from '$lib/server/forms';
import { reminderFormSchema } from '$lib/validation/reminders';
import { isUuid } from '$lib/validation/ids';
import { getReminder } from '$lib/server/reminders/queries';
import { loadFormContext } from '$lib/server/reminders/form-context';
import { stateForExisting } from '$lib/server/reminders/form-state';
import { updateReminder } from '$lib/server/reminders/save';
import { previewAction } from '$lib/server/reminders/form-actions';
import { isEditable } from '$lib/server/lifecycle/transitions';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params }) => {
	const organisationId = locals.organisation!.id;
	const detail = isUuid(params.id) ? await getReminder(locals.db, organisationId, params.id) : null;
	if (!detail) error(404, m.error_not_found());
	if (!isEditable(detail.reminder.status)) redirect(303, `/relances/${params.id}`);
	const context = (await loadFormContext(locals.db, organisationId, detail.reminder.debtorId))!;
	return {
		context,
		state: stateForExisting(detail),
		validationLocked: detail.reminder.validationLocked,
		id: params.id
	};
};

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		if (!isUuid(params.id)) error(404, m.error_not_found());
		const { data: input, failure, values } = await readForm(request, reminderFormSchema);
		if (failure) return failure;
		const actor = { userId: locals.user!.id, organisationId: locals.organisation!.id };
		const outcome = await updateReminder(locals.db, actor, params.id, input);
		if (!outcome.ok) return invalid(outcome.status, outcome.errors, values);
		redirect(303, `/relances/${outcome.id}`);
	},
	preview: async ({ request, locals }) => previewAction(locals.db, locals.organisation!.id, request)
};
