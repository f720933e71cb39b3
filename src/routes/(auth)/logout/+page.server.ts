import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { invalidateSession } from '$lib/server/auth/sessions';
import { deleteSessionCookie } from '$lib/server/auth/cookies';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ locals, cookies, url }) => {
		if (locals.session) await invalidateSession(locals.db, locals.session.id);
		deleteSessionCookie(cookies, url);
		redirect(303, '/login');
	}
};
