import { redirect } from '@sveltejs/kit';
import { formError, invalid, readForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';
import { invitationAcceptSchema, invitationJoinSchema } from '$lib/validation/auth';
import {
	acceptAsNewAccount,
	acceptWithAccount,
	invitationByToken,
	type Acceptance
} from '$lib/server/organisations/invitations';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { homeFor } from '$lib/server/auth/home';
import { m } from '$lib/paraglide/messages';
import type { Cookies } from '@sveltejs/kit';
import type { FormValues } from '$lib/validation/form';

export const load: PageServerLoad = async ({ locals, params }) => ({
	view: await invitationByToken(locals.db, params.token),
	signedInAs: locals.user?.email ?? null
});

function acceptanceResult(outcome: Acceptance, cookies: Cookies, url: URL, values: FormValues) {
	switch (outcome.kind) {
		case 'joined':
			if (outcome.session) setSessionCookie(cookies, url, outcome.session.token, outcome.session.expiresAt);
			return redirect(303, homeFor(outcome.role));
		case 'invalid':
			return formError(400, m.invitation_invalid(), values);
		case 'account_exists':
			return formError(409, m.invitation_account_exists(), values);
		case 'no_account':
			return formError(409, m.invitation_no_account(), values);
		case 'password_required':
			return invalid(400, { password: m.error_required() }, values);
		case 'wrong_password':
			return invalid(400, { password: m.invitation_wrong_password() }, values);
		case 'throttled':
			return formError(429, m.login_throttled({ minutes: Math.ceil(outcome.retryAfterSeconds / 60) }), values);
	}
}

export const actions: Actions = {
	accept: async ({ request, locals, params, cookies, url }) => {
		const { data: input, failure, values } = await readForm(request, invitationAcceptSchema);
		if (failure) return failure;
		return acceptanceResult(await acceptAsNewAccount(locals.db, params.token, input), cookies, url, values);
	},
	join: async ({ request, locals, params, cookies, url, getClientAddress }) => {
		const { data: input, failure, values } = await readForm(request, invitationJoinSchema);
		if (failure) return failure;
		const signedIn = locals.user && locals.session ? { user: locals.user, sessionId: locals.session.id } : null;
		const outcome = await acceptWithAccount(locals.db, params.token, signedIn, input.password, getClientAddress());
		return acceptanceResult(outcome, cookies, url, values);
	}
};
