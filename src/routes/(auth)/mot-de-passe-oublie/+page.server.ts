import { formError, readForm } from '$lib/server/forms';
import type { Actions } from './$types';
import { passwordResetRequestSchema } from '$lib/validation/auth';
import { requestPasswordReset } from '$lib/server/auth/password-reset';
import { m } from '$lib/paraglide/messages';

export const actions: Actions = {
	default: async ({ request, locals, url, getClientAddress }) => {
		const { data: input, failure, values } = await readForm(request, passwordResetRequestSchema);
		if (failure) return failure;
		const outcome = await requestPasswordReset(locals.db, input.email, getClientAddress(), url.origin);
		if (!outcome.ok)
			return formError(429, m.reset_throttled({ minutes: Math.ceil(outcome.retryAfterSeconds / 60) }), values);
		return { done: m.reset_request_done({ email: input.email }) };
	}
};
