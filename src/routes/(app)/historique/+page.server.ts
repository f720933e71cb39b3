import type { PageServerLoad } from './$types';
import { listHistory } from '$lib/server/exports/tables';
import { historyQuery, readHistoryFilters } from '$lib/server/exports/history-filters';
import { getDebtor } from '$lib/server/debtors/queries';
import { listGroups } from '$lib/server/debtors/groups';
import { listFormats } from '$lib/server/exports/formats';

export const load: PageServerLoad = async ({ locals, url }) => {
	const organisationId = locals.organisation!.id;
	const filters = readHistoryFilters(url.searchParams);
	const [rows, debtor, groups, formats] = await Promise.all([
		listHistory(locals.db, organisationId, filters),
		filters.debtorId ? getDebtor(locals.db, organisationId, filters.debtorId) : null,
		listGroups(locals.db, organisationId),
		listFormats(locals.db, organisationId)
	]);
	return {
		rows,
		filters,
		query: historyQuery(filters).toString(),
		debtor: debtor ? { id: debtor.id, name: debtor.name } : null,
		groups: groups.map(({ id, name }) => ({ id, name })),
		formats: formats.filter((f) => f.type === 'relance').map(({ id, name, extension }) => ({ id, name, extension }))
	};
};
