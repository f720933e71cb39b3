import type { PageServerLoad } from './$types';
import { listFormats } from '$lib/server/exports/formats';

export const load: PageServerLoad = async ({ locals }) => ({
	formats: (await listFormats(locals.db, locals.organisation!.id)).map(({ id, name, type, extension }) => ({ id, name, type, extension }))
});
