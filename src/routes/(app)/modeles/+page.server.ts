import type { PageServerLoad } from './$types';
import { listTemplates } from '$lib/server/templates/queries';
import { canView } from '$lib/server/auth/permissions';

export const load: PageServerLoad = async ({ locals }) => {
	const { id: organisationId, role } = locals.organisation!;
	return {
		templates: await listTemplates(locals.db, organisationId),
		canCreate: canView('/(app)/modeles/nouveau', role)
	};
};
