import { error, type RequestHandler } from '@sveltejs/kit';
import { stringify } from 'devalue';
import { isUuid } from '$lib/validation/ids';
import { reminderPage } from '$lib/server/reminders/page';
import { m } from '$lib/paraglide/messages';

/**
 * The reminder's page, as data: its load fetches it, so that without the network (the fetch
 * fails) the page can draw the reminder from the phone's cache instead. devalue keeps the dates.
 */
export const GET: RequestHandler = async ({ locals, params }) => {
	const { id: organisationId, role } = locals.organisation!;
	const page = isUuid(params.id ?? '') ? await reminderPage(locals.db, organisationId, role, params.id!) : null;
	if (!page) error(404, m.error_not_found());
	return new Response(stringify(page), {
		headers: { 'content-type': 'application/json', 'cache-control': 'private, no-store' }
	});
};
