import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { filteredDebtors, readDebtorFilters } from '$lib/server/bulk/queries';
import { readConsentChange, setConsent, type ConsentSelection } from '$lib/server/bulk/consents';
import { recentBulkActions } from '$lib/server/bulk/record';
import { listGroups } from '$lib/server/debtors/groups';
import { CONTACT_ROLES } from '$lib/contact-choices';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, url }) => {
	const organisationId = locals.organisation!.id;
	const filters = readDebtorFilters(url.searchParams);
	const [found, groups, log] = await Promise.all([
		filteredDebtors(locals.db, organisationId, filters),
		listGroups(locals.db, organisationId),
		recentBulkActions(locals.db, organisationId)
	]);
	return { ...found, filters, groups, log };
};

export const actions: Actions = {
	/** The « boutons magiques » by whole debtors: every contact of the ticked ones, or those of one role. */
	apply: async ({ locals, request }) => {
		const form = await request.formData();
		const change = readConsentChange(form);
		if (!change) return fail(400, { error: m.error_choice() });
		const role = String(form.get('role') ?? '');
		if (role && !(CONTACT_ROLES as readonly string[]).includes(role)) return fail(400, { error: m.error_choice() });
		const debtorIds = form.getAll('debtorId').map(String);
		if (!debtorIds.length) return fail(400, { error: m.bulk_nothing_chosen() });
		const selection: ConsentSelection = { debtorIds, role: (role || undefined) as ConsentSelection['role'] };
		const result = await setConsent(locals.db, { userId: locals.user!.id, organisationId: locals.organisation!.id }, selection, change.flag, change.value);
		return { done: m.bulk_contacts_changed({ changed: result.changed, selected: result.selected }) };
	}
};
