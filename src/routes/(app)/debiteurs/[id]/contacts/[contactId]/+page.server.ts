import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formError, readForm } from '$lib/server/forms';
import { contactSchema } from '$lib/validation/contacts';
import { deleteContact, getContact, updateContact } from '$lib/server/contacts/contacts';
import { debtorOr404 } from '$lib/server/debtors/guard';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params }) => {
	const organisationId = locals.organisation!.id;
	const debtor = await debtorOr404(locals.db, organisationId, params.id);
	const contact = await getContact(locals.db, organisationId, debtor.id, params.contactId);
	if (!contact) error(404, m.error_not_found());
	return { debtor, contact };
};

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		const { data: input, failure } = await readForm(request, contactSchema);
		if (failure) return failure;
		const outcome = await updateContact(locals.db, locals.organisation!.id, params.id, params.contactId, input);
		if (outcome === 'not_found') return formError(404, m.error_not_found());
		redirect(303, `/debiteurs/${params.id}#contacts`);
	},
	delete: async ({ locals, params }) => {
		const outcome = await deleteContact(locals.db, locals.organisation!.id, params.id, params.contactId);
		if (outcome === 'not_found') return formError(404, m.error_not_found());
		if (outcome === 'in_pending_reminder') return formError(400, m.contacts_in_pending_reminder());
		redirect(303, `/debiteurs/${params.id}#contacts`);
	}
};
