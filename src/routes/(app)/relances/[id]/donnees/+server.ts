import { error, type RequestHandler } from '@sveltejs/kit';
import { stringify } from 'devalue';
import { isUuid } from '$lib/validation/ids';
import { getReminder } from '$lib/server/reminders/queries';
import { listReminderHistory } from '$lib/server/lifecycle/history';
import { previewForRecipients } from '$lib/server/templates/recipients-preview';
import { isEditable } from '$lib/server/lifecycle/transitions';
import { m } from '$lib/paraglide/messages';
import type { Role } from '$lib/roles';
import type { Db } from '$lib/server/db';

/**
 * The reminder's page, as data: its load fetches it, so that without the network (the fetch
 * fails) the page can draw the reminder from the phone's cache instead. devalue keeps the dates.
 */
export const GET: RequestHandler = async ({ locals, params }) => {
	const { id: organisationId, role } = locals.organisation!;
	const page = isUuid(params.id ?? '') ? await reminderPage(locals.db, organisationId, role, params.id!) : null;
	if (!page) error(404, m.error_not_found());
	return new Response(stringify(page), { headers: { 'content-type': 'application/json', 'cache-control': 'private, no-store' } });
};

async function reminderPage(db: Db, organisationId: string, role: Role, id: string) {
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
