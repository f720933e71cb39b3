import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { exportWithFormat } from '$lib/server/exports/formats';
import { readHistoryFilters } from '$lib/server/exports/history-filters';
import { download } from '$lib/server/exports/download';
import { m } from '$lib/paraglide/messages';

/** The history's filters (?groupe=, ?canal=, ?du=, ?au=) narrow a history format and name any file. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const made = await exportWithFormat(locals.db, locals.organisation!.id, params.id, { filters: readHistoryFilters(url.searchParams) });
	if (!made.ok) error(made.reason === 'not_found' ? 404 : 400, made.reason === 'not_found' ? m.error_not_found() : m.formats_error_file_name());
	return download(made.body, made.fileName, made.extension === 'csv' ? 'csv' : 'text/plain; charset=utf-8');
};
