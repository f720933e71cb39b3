import type { Actions, PageServerLoad } from './$types';
import { listApprovals } from '$lib/server/reminders/approvals';
import { approvalActions } from '$lib/server/reminders/approval-actions';
import { readApprovalFilters } from '$lib/validation/approvals';

export const load: PageServerLoad = async ({ locals, url }) => {
	const filters = readApprovalFilters(url.searchParams);
	const page = Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1);
	const list = await listApprovals(
		locals.db,
		{ userId: locals.user!.id, organisationId: locals.organisation!.id },
		filters,
		page
	);
	return { ...list, confirming: url.searchParams.has('confirmer') };
};

export const actions: Actions = approvalActions;
