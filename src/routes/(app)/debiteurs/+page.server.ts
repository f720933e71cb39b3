import type { PageServerLoad } from './$types';
import { listDebtors } from '$lib/server/debtors/queries';
import { canView } from '$lib/server/auth/permissions';
import { debtorFilterQuery, readDebtorFilter } from '$lib/dashboard';

export const load: PageServerLoad = async ({ locals, url }) => {
	const q = (url.searchParams.get('q') ?? '').slice(0, 100);
	const page = Number.parseInt(url.searchParams.get('page') ?? '1', 10);
	const { id: organisationId, role } = locals.organisation!;
	const filter = readDebtorFilter(url.searchParams);
	return {
		q,
		filter,
		filterQuery: filter ? debtorFilterQuery(filter) : '',
		canCreate: canView('/(app)/debiteurs/nouveau', role),
		canSeeDashboard: canView('/(app)/tableau-de-bord', role),
		...(await listDebtors(locals.db, organisationId, { q, page: Number.isFinite(page) ? page : 1, filter }))
	};
};
