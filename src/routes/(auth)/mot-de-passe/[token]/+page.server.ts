import { redirect } from '@sveltejs/kit';
import { formError, readForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';
import { passwordResetSchema } from '$lib/validation/auth';
import { resetLinkEmail, resetPassword } from '$lib/server/auth/password-reset';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { homeFor } from '$lib/server/auth/home';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params }) => ({
	email: await resetLinkEmail(locals.db, params.token)
});

export const actions: Actions = {
	default: async ({ request, locals, params, cookies, url }) => {
		const { data: input, failure } = await readForm(request, passwordResetSchema);
		if (failure) return failure;
		const outcome = await resetPassword(locals.db, params.token, input.password);
		if (outcome.kind === 'invalid') return formError(400, m.reset_invalid());
		if (outcome.kind === 'changed') return { done: m.reset_done() };
		setSessionCookie(cookies, url, outcome.session.token, outcome.session.expiresAt);
		redirect(303, homeFor(outcome.role));
	}
};
