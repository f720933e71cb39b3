import { redirect } from '@sveltejs/kit';
import { formError, readForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';
import { loginSchema } from '$lib/validation/auth';
import { attemptLogin } from '$lib/server/auth/login';
import { createSession, generateSessionToken } from '$lib/server/auth/sessions';
import { setLoginChallengeCookie, setSessionCookie } from '$lib/server/auth/cookies';
import { startLoginChallenge } from '$lib/server/auth/login-challenge';
import { resolveActiveOrganisation } from '$lib/server/auth/memberships';
import { homeFor, safeRedirectTarget } from '$lib/server/auth/home';
import { config } from '$lib/server/config';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirectTarget(url.searchParams.get('redirectTo'), '/'));
	return { redirectTo: url.searchParams.get('redirectTo') ?? '', signupOpen: config.signupOpen };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url, getClientAddress }) => {
		const { data: input, failure } = await readForm(request, loginSchema);
		if (failure) return failure;
		const { email, password, redirectTo } = input;

		const outcome = await attemptLogin(locals.db, email, password, getClientAddress());
		if (!outcome.ok) {
			const message =
				outcome.reason === 'throttled'
					? m.login_throttled({ minutes: Math.ceil(outcome.retryAfterSeconds / 60) })
					: m.login_invalid();
			return formError(outcome.reason === 'throttled' ? 429 : 400, message, { email });
		}
		const organisation = await resolveActiveOrganisation(locals.db, outcome.userId, null);
		if (!organisation) return formError(403, m.login_no_organisation(), { email });
		if (outcome.secondFactor) {
			const challenge = await startLoginChallenge(locals.db, outcome.userId, redirectTo);
			setLoginChallengeCookie(cookies, url, challenge.token, challenge.expiresAt);
			redirect(303, '/login/code');
		}

		// A fresh token at every login: a token planted before login (fixation) is never promoted.
		const token = generateSessionToken();
		const session = await createSession(locals.db, token, outcome.userId, organisation.id);
		setSessionCookie(cookies, url, token, session.expiresAt);
		redirect(303, safeRedirectTarget(redirectTo, homeFor(organisation.role)));
	}
};
