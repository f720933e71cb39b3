import type { PageServerLoad } from './$types';
import { dashboardFigures } from '$lib/server/dashboard/figures';

export const load: PageServerLoad = async ({ locals }) => ({
	figures: await dashboardFigures(locals.db, locals.organisation!.id)
});
