import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { isUuid } from '$lib/validation/ids';
import { getReminder } from '$lib/server/reminders/queries';
import { listReminderHistory } from '$lib/server/reminders/history';
import { previewForRecipients } from '$lib/server/reminders/preview';
import { decisionActions } from '$lib/server/reminders/decision-actions';
import { isEditable } from '$lib/server/reminders/lifecycle';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params }) => {
	const organisationId = locals.organisation!.id;
	const detail = isUuid(params.id) ? await getReminder(locals.db, organisationId, params.id) : null;
	if (!detail) error(404, m.error_not_found());
	const r = detail.reminder;
	const [history, previews] = await Promise.all([
		listReminderHistory(locals.db, organisationId, r.id),
		previewForRecipients(
			locals.db,
			organisationId,
			r.debtorId,
			r.content,
			detail.recipients.map((x) => ({ contactId: x.contact.id, channels: x.channels }))
		)
	]);
	const role = locals.organisation!.role;
	return {
		detail,
		history,
		previews,
		can: {
			decide: r.status === 'pending_validation' && (role === 'admin' || role === 'approver'),
			edit: isEditable(r.status) && (role === 'admin' || role === 'manager'),
			submit: r.status === 'draft' && (role === 'admin' || role === 'manager')
		}
	};
};

export const actions: Actions = {
	approve: decisionActions.approve,
	reject: decisionActions.reject,
	cancel: decisionActions.cancel,
	submit: decisionActions.submit
};
