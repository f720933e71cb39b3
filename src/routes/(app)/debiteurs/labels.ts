import { m } from '$lib/paraglide/messages';
import type { ContactRole } from '$lib/validation/contacts';
import { actionLabel } from '$lib/reminder-labels';

const ROLE_LABELS: Record<ContactRole, () => string> = {
	relance: m.contacts_role_relance,
	facturation: m.contacts_role_facturation,
	garant: m.contacts_role_garant,
	autre: m.contacts_role_autre
};

export const contactRoleLabel = (role: ContactRole) => ROLE_LABELS[role]();

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
