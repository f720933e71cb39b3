import type { PageServerLoad } from './$types';
import { listDebtors } from '$lib/server/debtors/queries';
import { canView } from '$lib/server/auth/permissions';

export const load: PageServerLoad = async ({ locals, url }) => {
	const q = (url.searchParams.get('q') ?? '').slice(0, 100);
	const page = Number.parseInt(url.searchParams.get('page') ?? '1', 10);
	const { id: organisationId, role } = locals.organisation!;
	return {
		q,
		canCreate: canView('/(app)/debiteurs/nouveau', role),
		...(await listDebtors(locals.db, organisationId, { q, page: Number.isFinite(page) ? page : 1 }))
	};
};
