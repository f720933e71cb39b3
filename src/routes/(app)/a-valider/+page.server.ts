import type { Actions, PageServerLoad } from './$types';
import { listPending } from '$lib/server/reminders/queries';
import { previewForRecipients } from '$lib/server/reminders/preview';
import { decisionActions } from '$lib/server/reminders/decision-actions';

export const load: PageServerLoad = async ({ locals }) => {
	const organisationId = locals.organisation!.id;
	const pending = await listPending(locals.db, organisationId);
	const items = await Promise.all(
		pending.map(async (reminder) => {
			const [first] = reminder.recipients;
			const [preview] = first
				? await previewForRecipients(locals.db, organisationId, reminder.debtorId, reminder.content, [first])
				: [];
			return { ...reminder, preview: preview ?? null };
		})
	);
	return { items };
};

export const actions: Actions = {
	approve: decisionActions.approve,
	reject: decisionActions.reject,
	bulkApprove: decisionActions.bulkApprove,
	bulkReject: decisionActions.bulkReject
};
