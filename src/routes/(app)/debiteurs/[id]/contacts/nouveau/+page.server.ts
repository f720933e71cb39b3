import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formError, readForm } from '$lib/server/forms';
import { contactSchema } from '$lib/validation/contacts';
import { createContact } from '$lib/server/contacts/contacts';
import { debtorOr404 } from '$lib/server/debtors/guard';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params }) => ({
	debtor: await debtorOr404(locals.db, locals.organisation!.id, params.id)
});

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const { data: input, failure } = await readForm(request, contactSchema);
		if (failure) return failure;
		const outcome = await createContact(locals.db, locals.organisation!.id, params.id, input);
		if (outcome.kind === 'not_found') return formError(404, m.error_not_found());
		redirect(303, `/debiteurs/${params.id}#contacts`);
	}
};
