import type { Actions, PageServerLoad } from './$types';
import { formError, invalid, readForm } from '$lib/server/forms';
import { disableTwoFactorSchema, totpCodeSchema } from '$lib/validation/two-factor';
import { confirmEnrolment, disableTwoFactor, twoFactorView } from '$lib/server/auth/two-factor';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals }) => ({
	twoFactor: await twoFactorView(locals.db, locals.user!, locals.organisation)
});

export const actions: Actions = {
	confirm: async ({ request, locals }) => {
		const { data, failure } = await readForm(request, totpCodeSchema);
		if (failure) return failure;
		const outcome = await confirmEnrolment(locals.db, locals.user!.id, data.code);
		if (outcome.kind === 'wrong_code') return invalid(400, { code: m.two_factor_code_wrong() });
		if (outcome.kind === 'already_on') return formError(409, m.two_factor_already_on());
		if (outcome.kind === 'no_enrolment') return formError(409, m.form_stale());
		return { done: m.two_factor_enabled(), recoveryCodes: outcome.recoveryCodes };
	},
	disable: async ({ request, locals, getClientAddress }) => {
		const { data, failure } = await readForm(request, disableTwoFactorSchema);
		if (failure) return failure;
		const outcome = await disableTwoFactor(
			locals.db,
			locals.user!.id,
			locals.organisation,
			data.codeOrPassword,
			getClientAddress()
		);
		if (outcome.kind === 'wrong') return invalid(400, { codeOrPassword: m.two_factor_disable_wrong() });
		if (outcome.kind === 'throttled')
			return invalid(429, {
				codeOrPassword: m.login_throttled({ minutes: Math.ceil(outcome.retryAfterSeconds / 60) })
			});
		if (outcome.kind === 'required') return formError(409, m.two_factor_required_cannot_disable());
		if (outcome.kind === 'not_on') return formError(409, m.two_factor_not_on());
		return { done: m.two_factor_disabled() };
	}
};
