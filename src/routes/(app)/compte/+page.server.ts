import { invalid, readForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';
import { passwordChangeSchema } from '$lib/validation/auth';
import { changePassword } from '$lib/server/auth/password-change';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = ({ locals }) => ({ twoFactor: locals.user!.twoFactor });

export const actions: Actions = {
	password: async ({ request, locals }) => {
		const { data: input, failure } = await readForm(request, passwordChangeSchema);
		if (failure) return failure;
		const outcome = await changePassword(
			locals.db,
			locals.user!.id,
			locals.session!.id,
			input.currentPassword,
			input.password
		);
		if (outcome === 'wrong_current') return invalid(400, { currentPassword: m.password_wrong_current() });
		return { done: m.password_changed() };
	}
};
