import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formError, invalid, readForm } from '$lib/server/forms';
import { secondFactorSchema } from '$lib/validation/two-factor';
import { challengeIsPending, completeLoginChallenge, LOGIN_CHALLENGE_COOKIE } from '$lib/server/auth/login-challenge';
import { deleteLoginChallengeCookie, setSessionCookie } from '$lib/server/auth/cookies';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, cookies }) => {
	if (locals.user) redirect(303, '/');
	if (!(await challengeIsPending(locals.db, cookies.get(LOGIN_CHALLENGE_COOKIE)))) redirect(303, '/login');
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url, getClientAddress }) => {
		const { data, failure } = await readForm(request, secondFactorSchema);
		if (failure) return failure;
		const outcome = await completeLoginChallenge(
			locals.db,
			cookies.get(LOGIN_CHALLENGE_COOKIE),
			data.code,
			getClientAddress()
		);
		if (outcome.kind === 'throttled')
			return formError(429, m.login_throttled({ minutes: Math.ceil(outcome.retryAfterSeconds / 60) }));
		if (outcome.kind === 'invalid') return invalid(400, { code: m.two_factor_login_wrong() });
		if (outcome.kind === 'expired') return formError(400, m.two_factor_login_expired());
		deleteLoginChallengeCookie(cookies, url);
		if (outcome.kind === 'no_organisation') return formError(403, m.login_no_organisation());
		setSessionCookie(cookies, url, outcome.token, outcome.expiresAt);
		redirect(303, outcome.redirectTo);
	}
};
