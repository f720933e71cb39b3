import type { DbOrTx } from '../db';
import { channelLabelIn } from '$lib/reminder-labels';
import { outcomeLabelIn } from '$lib/file-labels';
import { getLocale, type Locale } from '$lib/paraglide/runtime';
import type { Sheet } from './cells';
import { historySheet, noContactSheet, unpaidSheet, type HistoryFilters } from './tables';
import { toXlsx } from './xlsx';

/** The workbook: the reminder history, the invoices owed now, the debtors without a reminder contact. */
export async function reminderWorkbook(
	db: DbOrTx,
	organisationId: string,
	filters: HistoryFilters = {}
): Promise<Buffer> {
	return toXlsx(await workbookSheets(db, organisationId, filters));
}

/** The workbook's tabs, their channels and outcomes in `locale` (the reader's by default). */
export async function workbookSheets(
	db: DbOrTx,
	organisationId: string,
	filters: HistoryFilters,
	locale: Locale = getLocale()
): Promise<Sheet[]> {
	return [
		await historySheet(
			db,
			organisationId,
			filters,
			(s) => outcomeLabelIn(s, locale),
			(c) => channelLabelIn(c, locale)
		),
		await unpaidSheet(db, organisationId),
		await noContactSheet(db, organisationId)
	];
}
