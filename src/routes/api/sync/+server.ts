import { json, type RequestHandler } from '@sveltejs/kit';
import { parseCursor, readChanges } from '$lib/server/sync/changes';

/** The phone's cache, from its cursor (`?since=`), or whole without one. Scoped by the session. */
export const GET: RequestHandler = async ({ url, locals }) => {
	const since = parseCursor(url.searchParams.get('since'));
	const scope = { userId: locals.user!.id, organisationId: locals.organisation!.id, role: locals.organisation!.role };
	return json(await readChanges(locals.db, scope, since), { headers: { 'cache-control': 'no-store' } });
};
