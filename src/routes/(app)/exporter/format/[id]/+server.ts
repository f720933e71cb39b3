import type { RequestHandler } from './$types';
import { downloadNow, readExportSpec } from '$lib/server/exports/build';

/** The history's filters (?groupe=, ?canal=, ?du=, ?au=) narrow a history format and name any file. */
export const GET: RequestHandler = ({ locals, params, url }) =>
	downloadNow(locals.db, locals.organisation!.id, readExportSpec(url.searchParams, 'format', params.id));
