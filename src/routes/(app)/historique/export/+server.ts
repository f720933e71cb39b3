import type { RequestHandler } from './$types';
import { historySheet } from '$lib/server/exports/tables';
import { readHistoryFilters } from '$lib/server/exports/history-filters';
import { toCsv } from '$lib/server/exports/csv';
import { toXlsx } from '$lib/server/exports/xlsx';
import { download } from '$lib/server/exports/download';
import { channelLabel } from '$lib/reminder-labels';
import { outcomeLabel } from '$lib/file-labels';
import { todayIn } from '$lib/dates';

/** The history as filtered on screen, one line per delivery and invoice. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const format = url.searchParams.get('format') === 'xlsx' ? 'xlsx' : 'csv';
	const sheet = await historySheet(locals.db, locals.organisation!.id, readHistoryFilters(url.searchParams), outcomeLabel, channelLabel);
	const body = format === 'xlsx' ? await toXlsx([sheet]) : toCsv(sheet);
	return download(body, `Historique ${todayIn('Europe/Paris')}.${format}`, format);
};
