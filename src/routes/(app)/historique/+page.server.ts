import type { PageServerLoad } from './$types';
import { listHistory } from '$lib/server/exports/tables';
import { historyQuery, readHistoryFilters } from '$lib/server/exports/history-filters';
import { getDebtor } from '$lib/server/debtors/queries';

export const load: PageServerLoad = async ({ locals, url }) => {
	const organisationId = locals.organisation!.id;
	const filters = readHistoryFilters(url.searchParams);
	const [rows, debtor] = await Promise.all([
		listHistory(locals.db, organisationId, filters),
		filters.debtorId ? getDebtor(locals.db, organisationId, filters.debtorId) : null
	]);
	return { rows, filters, query: historyQuery(filters).toString(), debtor: debtor ? { id: debtor.id, name: debtor.name } : null };
};
