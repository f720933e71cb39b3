import type { PageServerLoad } from './$types';
import { listReminders } from '$lib/server/reminders/queries';
import { isCalendarDate } from '$lib/dates';
import { REMINDER_STATUSES, type ReminderStatusName } from '$lib/reminder-labels';
import { isUuid } from '$lib/validation/ids';

export const load: PageServerLoad = async ({ locals, url }) => {
	const p = url.searchParams;
	const status = p.get('etat') ?? '';
	const from = p.get('du') ?? '';
	const to = p.get('au') ?? '';
	const debtorId = p.get('debiteur') ?? '';
	const groupId = p.get('groupe') ?? '';
	const filters = {
		status: (REMINDER_STATUSES as readonly string[]).includes(status) ? (status as ReminderStatusName) : undefined,
		from: isCalendarDate(from) ? from : undefined,
		to: isCalendarDate(to) ? to : undefined,
		debtorId: isUuid(debtorId) ? debtorId : undefined,
		groupId: isUuid(groupId) ? groupId : undefined,
		q: (p.get('q') ?? '').slice(0, 100) || undefined,
		page: Math.max(1, Number.parseInt(p.get('page') ?? '1', 10) || 1)
	};
	return { filters, ...(await listReminders(locals.db, locals.organisation!.id, filters)) };
};
