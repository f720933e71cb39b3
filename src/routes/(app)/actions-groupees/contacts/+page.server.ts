import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { filteredContacts, readContactFilters } from '$lib/server/bulk/queries';
import { readConsentChange, setConsent } from '$lib/server/bulk/consents';
import { recentBulkActions } from '$lib/server/bulk/record';
import { listGroups } from '$lib/server/debtors/groups';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, url }) => {
	const organisationId = locals.organisation!.id;
	const filters = readContactFilters(url.searchParams);
	const [found, groups, log] = await Promise.all([
		filteredContacts(locals.db, organisationId, filters),
		listGroups(locals.db, organisationId),
		recentBulkActions(locals.db, organisationId)
	]);
	return { ...found, filters, groups, log };
};

export const actions: Actions = {
	apply: async ({ locals, request }) => {
		const form = await request.formData();
		const change = readConsentChange(form);
		if (!change) return fail(400, { error: m.error_choice() });
		const contactIds = form.getAll('contactId').map(String);
		if (!contactIds.length) return fail(400, { error: m.bulk_nothing_chosen() });
		const result = await setConsent(locals.db, { userId: locals.user!.id, organisationId: locals.organisation!.id }, { contactIds }, change.flag, change.value);
		return { done: m.bulk_contacts_changed({ changed: result.changed, selected: result.selected }) };
	}
};
