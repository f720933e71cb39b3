import type { RequestHandler } from './$types';
import { downloadNow, readExportSpec } from '$lib/server/exports/build';

/** The workbook at once, narrowed by the history's filters; « Exporter » makes a large one by an operation. */
export const GET: RequestHandler = ({ locals, url }) =>
	downloadNow(locals.db, locals.organisation!.id, readExportSpec(url.searchParams, 'classeur'));
