import { m } from '$lib/paraglide/messages';
import { actionLabel } from '$lib/reminder-labels';

export { contactRoleLabel } from '$lib/role-labels';

const ACTION_LABELS = new Map<string, () => string>([
	['created', m.debtors_history_created],
	['updated', m.debtors_history_updated],
	['submitted', m.debtors_history_submitted],
	['approved', m.debtors_history_approved],
	['rejected', m.debtors_history_rejected],
	['cancelled', m.debtors_history_cancelled],
	['deleted', m.debtors_history_deleted],
	['sent', m.debtors_history_sent],
	['failed', m.debtors_history_failed]
]);

/**
 * The debtor's own wording first, then the reminder's (deliveries, bounces, fallbacks); an action
 * recorded by a later version of the app is shown as recorded rather than hidden.
 */
export const historyActionLabel = (action: string) => ACTION_LABELS.get(action)?.() ?? actionLabel(action);
