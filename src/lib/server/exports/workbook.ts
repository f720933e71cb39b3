import type { DbOrTx } from '../db';
import { channelLabel } from '$lib/reminder-labels';
import { outcomeLabel } from '$lib/file-labels';
import { historySheet, noContactSheet, unpaidSheet, type HistoryFilters } from './tables';
import { toXlsx } from './xlsx';

/** The workbook: the reminder history, the invoices owed now, the debtors without a reminder contact. */
export async function reminderWorkbook(db: DbOrTx, organisationId: string, filters: HistoryFilters = {}): Promise<Buffer> {
	return toXlsx([
		await historySheet(db, organisationId, filters, outcomeLabel, channelLabel),
		await unpaidSheet(db, organisationId),
		await noContactSheet(db, organisationId)
	]);
}
