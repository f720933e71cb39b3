import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { invalid, readForm } from '$lib/server/forms';
import { signupSchema } from '$lib/validation/signup';
import { config } from '$lib/server/config';
import { signUp } from '$lib/server/organisations/signup';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { m } from '$lib/paraglide/messages';

/** Closed unless the installation opens it: then it is simply not there. */
export const load: PageServerLoad = ({ locals }) => {
	if (!config.signupOpen) error(404, m.error_not_found());
	if (locals.user) redirect(303, '/');
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url }) => {
		if (!config.signupOpen) error(404, m.error_not_found());
		const { data: input, failure, values } = await readForm(request, signupSchema);
		if (failure) return failure;
		const outcome = await signUp(locals.db, input);
		if (outcome.kind === 'email_taken') return invalid(400, { email: m.signup_email_taken() }, values);
		setSessionCookie(cookies, url, outcome.token, outcome.expiresAt);
		redirect(303, '/reglages/organisation');
	}
};
