import type { Db } from '../db';
import type { Role } from '$lib/roles';
import { getReminder } from './queries';
import { listReminderHistory } from '../lifecycle/history';
import { previewForRecipients } from '../templates/recipients-preview';
import { isEditable } from '../lifecycle/transitions';

/** Everything the reminder's page draws, with what the person's role lets them do; null when not found. */
export async function reminderPage(db: Db, organisationId: string, role: Role, id: string) {
	const detail = await getReminder(db, organisationId, id);
	if (!detail) return null;
	const r = detail.reminder;
	const [history, previews] = await Promise.all([
		listReminderHistory(db, organisationId, r.id),
		previewForRecipients(
			db,
			organisationId,
			r.debtorId,
			r.content,
			detail.recipients.map((x) => ({ contactId: x.contact.id, channels: x.channels }))
		)
	]);
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
}

export type ReminderPage = NonNullable<Awaited<ReturnType<typeof reminderPage>>>;
