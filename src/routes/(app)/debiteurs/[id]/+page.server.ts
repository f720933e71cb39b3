import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDebtor } from '$lib/server/debtors/queries';
import { listDebtorHistory } from '$lib/server/reminders/history';
import { keepEmail, useEmailSuggestion, type ContactWrite } from '$lib/server/contacts/contacts';
import { canAct, canView } from '$lib/server/auth/permissions';
import { formError, readForm } from '$lib/server/forms';
import { contactIdSchema } from '$lib/validation/contacts';
import { isUuid } from '$lib/validation/ids';
import { formatMobile } from '$lib/phone';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { id: organisationId, role } = locals.organisation!;
	const debtor = isUuid(params.id) ? await getDebtor(locals.db, organisationId, params.id) : null;
	if (!debtor) error(404, m.error_not_found());
	return {
		debtor: {
			...debtor,
			contacts: debtor.contacts.map((c) => ({ ...c, mobilePhoneDisplay: c.mobilePhone && formatMobile(c.mobilePhone) }))
		},
		history: await listDebtorHistory(locals.db, organisationId, debtor.id),
		canEdit: canView('/(app)/debiteurs/[id]/modifier', role),
		canFixEmails: canAct('/(app)/debiteurs/[id]', 'keepEmail', role),
		canRemind: canView('/(app)/relances/nouvelle', role),
		canOpenReminders: canView('/(app)/relances/[id]', role)
	};
};

function emailFixResult(outcome: ContactWrite) {
	if (outcome === 'not_found') return formError(404, m.error_not_found());
	if (outcome === 'no_suggestion') return formError(400, m.contacts_no_suggestion());
	return { done: m.saved() };
}

export const actions: Actions = {
	useSuggestion: async ({ request, locals, params }) => {
		const { data: input, failure } = await readForm(request, contactIdSchema);
		if (failure) return failure;
		return emailFixResult(await useEmailSuggestion(locals.db, locals.organisation!.id, params.id, input.contactId));
	},
	keepEmail: async ({ request, locals, params }) => {
		const { data: input, failure } = await readForm(request, contactIdSchema);
		if (failure) return failure;
		return emailFixResult(await keepEmail(locals.db, locals.organisation!.id, params.id, input.contactId));
	}
};
