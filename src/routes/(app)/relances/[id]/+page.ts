import { error } from '@sveltejs/kit';
import { parse } from 'devalue';
import type { PageLoad } from './$types';
import type { ReminderPage } from '$lib/server/reminders/page';

/** `server: null`: the network is out, the page draws the reminder from the phone's cache. */
export const load: PageLoad = async ({ fetch, params }) => {
	let response: Response;
	try {
		response = await fetch(`/relances/${params.id}/donnees`);
	} catch {
		return { id: params.id, server: null };
	}
	if (!response.ok) error(response.status, (await response.json().catch(() => null))?.message ?? response.statusText);
	return { id: params.id, server: parse(await response.text()) as ReminderPage };
};
