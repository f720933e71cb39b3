import type { RequestHandler } from './$types';
import { downloadNow, readExportSpec } from '$lib/server/exports/build';

/** One list as a file, in CSV (French Excel's) or XLSX: the data kinds read back by the import. */
export const GET: RequestHandler = ({ locals, url }) =>
	downloadNow(locals.db, locals.organisation!.id, readExportSpec(url.searchParams, 'liste'));
