import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { dataSheet, noContactSheet, unpaidSheet } from '$lib/server/exports/tables';
import { toCsv } from '$lib/server/exports/csv';
import { toXlsx } from '$lib/server/exports/xlsx';
import { download } from '$lib/server/exports/download';
import { isDataKind } from '$lib/server/imports/fields';
import { todayIn } from '$lib/dates';
import { m } from '$lib/paraglide/messages';

/** One list as a file, in CSV (French Excel's) or XLSX: the data kinds read back by the import. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const kind = url.searchParams.get('type') ?? 'debtors';
	const organisationId = locals.organisation!.id;
	const format = url.searchParams.get('format') === 'xlsx' ? 'xlsx' : 'csv';
	const sheet = isDataKind(kind)
		? await dataSheet(locals.db, organisationId, kind)
		: kind === 'impayes'
			? await unpaidSheet(locals.db, organisationId)
			: kind === 'sans-destinataire'
				? await noContactSheet(locals.db, organisationId)
				: error(404, m.error_not_found());
	const body = format === 'xlsx' ? await toXlsx([sheet]) : toCsv(sheet);
	return download(body, `${sheet.name} ${todayIn('Europe/Paris')}.${format}`, format);
};
