import type { Actions } from './$types';
import { decisionActions } from '$lib/server/reminders/decision-actions';

/**
 * The list is read on the phone, from its IndexedDB cache (/api/sync), so that it opens without
 * waiting for the network; decisions go through the outbox to /api/decisions. These actions
 * remain for posts without the page's script (the reminder page's forms, bulk posts).
 */
export const actions: Actions = {
	approve: decisionActions.approve,
	reject: decisionActions.reject,
	bulkApprove: decisionActions.bulkApprove,
	bulkReject: decisionActions.bulkReject
};
