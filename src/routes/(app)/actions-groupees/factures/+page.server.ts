import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { filteredInvoices, readInvoiceFilters } from '$lib/server/bulk/queries';
import { changeTag } from '$lib/server/bulk/tags';
import { recentBulkActions } from '$lib/server/bulk/record';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, url }) => {
	const organisationId = locals.organisation!.id;
	const filters = readInvoiceFilters(url.searchParams);
	const [found, log] = await Promise.all([filteredInvoices(locals.db, organisationId, filters), recentBulkActions(locals.db, organisationId)]);
	return { ...found, filters, log };
};

export const actions: Actions = {
	apply: async ({ locals, request }) => {
		const form = await request.formData();
		const tag = String(form.get('tag') ?? '').trim();
		if (!tag || tag.length > 60) return fail(400, { tagError: m.bulk_tag_invalid(), tag });
		const invoiceIds = form.getAll('invoiceId').map(String);
		if (!invoiceIds.length) return fail(400, { error: m.bulk_nothing_chosen(), tag });
		const add = form.get('change') !== 'remove';
		const result = await changeTag(locals.db, { userId: locals.user!.id, organisationId: locals.organisation!.id }, invoiceIds, tag, add);
		return { done: (add ? m.bulk_tag_added : m.bulk_tag_removed)({ tag, changed: result.changed, selected: result.selected }), tag };
	}
};
