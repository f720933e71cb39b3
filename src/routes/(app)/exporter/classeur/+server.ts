import type { RequestHandler } from './$types';
import { reminderWorkbook } from '$lib/server/exports/workbook';
import { readHistoryFilters } from '$lib/server/exports/history-filters';
import { download } from '$lib/server/exports/download';
import { todayIn } from '$lib/dates';

export const GET: RequestHandler = async ({ locals, url }) => {
	const body = await reminderWorkbook(locals.db, locals.organisation!.id, readHistoryFilters(url.searchParams));
	return download(body, `Relance ${todayIn('Europe/Paris')}.xlsx`, 'xlsx');
};
