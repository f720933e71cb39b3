import type { Actions, PageServerLoad } from './$types';
import { invoicesPage, applyTag } from '$lib/server/bulk/pages';
import { actorOf } from '$lib/server/auth/actor';

export const load: PageServerLoad = async ({ locals, url }) =>
	invoicesPage(locals.db, locals.organisation!.id, url.searchParams);

export const actions: Actions = {
	apply: async ({ locals, request }) => applyTag(locals.db, actorOf(locals), await request.formData())
};
