import type { Actions, PageServerLoad } from './$types';
import { debtorsPage, applyConsents } from '$lib/server/bulk/pages';
import { actorOf } from '$lib/server/auth/actor';

export const load: PageServerLoad = async ({ locals, url }) =>
	debtorsPage(locals.db, locals.organisation!.id, url.searchParams);

export const actions: Actions = {
	apply: async ({ locals, request }) => applyConsents(locals.db, actorOf(locals), await request.formData(), 'debtorId')
};
