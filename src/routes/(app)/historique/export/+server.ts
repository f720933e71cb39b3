import type { RequestHandler } from './$types';
import { downloadNow, readExportSpec } from '$lib/server/exports/build';

/** The history as filtered on screen, one line per delivery and invoice: CSV, XLSX, or an admin's history format (its id). */
export const GET: RequestHandler = ({ locals, url }) =>
	downloadNow(locals.db, locals.organisation!.id, readExportSpec(url.searchParams, 'historique'));
