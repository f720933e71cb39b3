import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { historySheet } from '$lib/server/exports/tables';
import { readHistoryFilters } from '$lib/server/exports/history-filters';
import { exportWithFormat } from '$lib/server/exports/formats';
import { toCsv } from '$lib/server/exports/csv';
import { toXlsx } from '$lib/server/exports/xlsx';
import { download } from '$lib/server/exports/download';
import { channelLabel } from '$lib/reminder-labels';
import { outcomeLabel } from '$lib/file-labels';
import { todayIn } from '$lib/dates';
import { isUuid } from '$lib/validation/ids';
import { m } from '$lib/paraglide/messages';

/** The history as filtered on screen, one line per delivery and invoice: CSV, XLSX, or an admin's history format (its id). */
export const GET: RequestHandler = async ({ locals, url }) => {
	const organisationId = locals.organisation!.id;
	const filters = readHistoryFilters(url.searchParams);
	const chosen = url.searchParams.get('format') ?? '';
	if (isUuid(chosen)) {
		const made = await exportWithFormat(locals.db, organisationId, chosen, { filters, type: 'relance' });
		if (!made.ok) error(made.reason === 'not_found' ? 404 : 400, made.reason === 'not_found' ? m.error_not_found() : m.formats_error_file_name());
		return download(made.body, made.fileName, made.extension === 'csv' ? 'csv' : 'text/plain; charset=utf-8');
	}
	const format = chosen === 'xlsx' ? 'xlsx' : 'csv';
	const sheet = await historySheet(locals.db, organisationId, filters, outcomeLabel, channelLabel);
	const body = format === 'xlsx' ? await toXlsx([sheet]) : toCsv(sheet);
	return download(body, `Historique ${todayIn('Europe/Paris')}.${format}`, format);
};
