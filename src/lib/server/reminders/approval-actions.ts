import type { RequestEvent } from '@sveltejs/kit';
import { readForm } from '../forms';
import { approveShownSchema, readApprovalFilters } from '$lib/validation/approvals';
import { m } from '$lib/paraglide/messages';
import { decisionActions } from './decision-actions';
import { approveShown } from './approvals';

/** The server-drawn « À valider »: one-tap approval and « Valider les N affichées ». */
export const approvalActions = {
	approve: decisionActions.approve,
	approveShown: async (event: RequestEvent) => {
		const form = await event.request.clone().formData();
		const { data, failure } = await readForm(event.request, approveShownSchema);
		if (failure) return failure;
		const actor = { userId: event.locals.user!.id, organisationId: event.locals.organisation!.id };
		const outcome = await approveShown(event.locals.db, actor, readApprovalFilters(form), data.shownAt);
		return {
			done: m.reminders_bulk_result({ done: outcome.done, failed: outcome.refused.length }),
			refused: outcome.refused
		};
	}
};
