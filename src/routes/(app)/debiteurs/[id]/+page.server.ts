import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDebtor } from '$lib/server/debtors/queries';
import { listDebtorHistory } from '$lib/server/lifecycle/history';
import { listDebtorEvents } from '$lib/server/privacy/events';
import { keepEmail, useEmailSuggestion, type ContactWrite } from '$lib/server/contacts/contacts';
import { canAct, canView } from '$lib/server/auth/permissions';
import { formError, invalid, readForm } from '$lib/server/forms';
import { describeDebtor } from '$lib/server/scenarios/run';
import { listUpcoming } from '$lib/server/scenarios/upcoming';
import { endPause, getPause, setPause } from '$lib/server/scenarios/pauses';
import { pauseSchema } from '$lib/validation/scenarios';
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
		personalDataEvents: await listDebtorEvents(locals.db, organisationId, debtor.id),
		scenario: await describeDebtor(locals.db, organisationId, debtor.id),
		upcoming: await listUpcoming(locals.db, organisationId, debtor.id),
		pause: await getPause(locals.db, organisationId, debtor.id),
		canPause: canAct('/(app)/debiteurs/[id]', 'pause', role),
		canEdit: canView('/(app)/debiteurs/[id]/modifier', role),
		canFixEmails: canAct('/(app)/debiteurs/[id]', 'keepEmail', role),
		canRemind: canView('/(app)/relances/nouvelle', role),
		canOpenReminders: canView('/(app)/relances/[id]', role),
		canExportPersonalData: canAct('/(app)/debiteurs/[id]/donnees-personnelles', 'POST', role),
		canErasePersonalData: canView('/(app)/debiteurs/[id]/effacer', role)
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
	pause: async ({ request, locals, params }) => {
		const { data: input, failure, values } = await readForm(request, pauseSchema);
		if (failure) return failure;
		const organisationId = locals.organisation!.id;
		const outcome = await setPause(locals.db, organisationId, locals.user!.id, params.id, input);
		if (outcome === 'not_found') return formError(404, m.error_not_found());
		if (outcome === 'past_date') return invalid(400, { until: m.scenarios_pause_past() }, values);
		return { done: input.promisedAmount ? m.scenarios_promise_saved() : m.scenarios_pause_saved() };
	},
	resume: async ({ locals, params }) => {
		const organisationId = locals.organisation!.id;
		if ((await endPause(locals.db, organisationId, params.id)) === 'not_found')
			return formError(404, m.error_not_found());
		return { done: m.scenarios_pause_ended() };
	},
	keepEmail: async ({ request, locals, params }) => {
		const { data: input, failure } = await readForm(request, contactIdSchema);
		if (failure) return failure;
		return emailFixResult(await keepEmail(locals.db, locals.organisation!.id, params.id, input.contactId));
	}
};
