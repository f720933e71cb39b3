import { redirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { readForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';
import { localeSchema } from '$lib/validation/members';
import { cookieName } from '$lib/paraglide/runtime';
import { safeRedirectTarget } from '$lib/server/auth/home';
import { users } from '$lib/server/db/schema';

// Nothing to show, except a refused switch, which comes back here to say so.
export const load: PageServerLoad = ({ request }) => {
	if (request.method !== 'POST') redirect(303, '/');
};

/** Works without JavaScript: the cookie Paraglide reads, and the user's own preference. */
export const actions: Actions = {
	default: async ({ request, cookies, locals }) => {
		const { data: input, failure } = await readForm(request, localeSchema, ['locale', 'redirectTo']);
		if (failure) return failure;
		cookies.set(cookieName, input.locale, {
			path: '/',
			httpOnly: false,
			sameSite: 'lax',
			maxAge: 60 * 60 * 24 * 400
		});
		if (locals.user) await locals.db.update(users).set({ locale: input.locale }).where(eq(users.id, locals.user.id));
		redirect(303, safeRedirectTarget(input.redirectTo, '/'));
	}
};
