import { error } from '@sveltejs/kit';
import type { DbOrTx } from '../db';
import { DATA_KINDS, isDataKind } from '../imports/fields';
import { channelLabelIn } from '$lib/reminder-labels';
import { outcomeLabelIn } from '$lib/file-labels';
import { organisationToday } from '../clock';
import { isUuid } from '$lib/validation/ids';
import { getLocale, type Locale } from '$lib/paraglide/runtime';
import type { Sheet } from './cells';
import { DEFAULT_CSV, writeCsv } from './csv';
import { countFormatRows, exportWithFormat } from './formats';
import { historyQuery, readHistoryFilters } from './history-filters';
import {
	countData,
	countHistory,
	countNoContact,
	countUnpaid,
	dataSheet,
	historySheet,
	noContactSheet,
	unpaidSheet,
	type HistoryFilters
} from './tables';
import { workbookSheets } from './workbook';
import { toXlsx } from './xlsx';
import { download } from './download';
import { m } from '$lib/paraglide/messages';

/** The lists of « Exporter » beyond the data kinds. */
const LISTS = [...DATA_KINDS, 'impayes', 'sans-destinataire'];

/**
 * One export as a page asks for it: the workbook, a list, an organisation's format, or the
 * history; each narrowed by what its page narrows it by.
 */
export type ExportSpec =
	| { kind: 'classeur'; filters: HistoryFilters }
	| { kind: 'liste'; list: string; format: 'csv' | 'xlsx' }
	| { kind: 'format'; formatId: string; filters: HistoryFilters }
	/** `format`: csv, xlsx, or the id of a history format. */
	| { kind: 'historique'; format: string; filters: HistoryFilters };

/** The export these fields name (a form's, or a download address's query); null for none. */
export function readExportSpec(
	fields: URLSearchParams,
	kind = fields.get('export'),
	formatId = fields.get('id') ?? ''
): ExportSpec | null {
	const filters = readHistoryFilters(fields);
	const format = fields.get('format') ?? '';
	switch (kind) {
		case 'classeur':
			return { kind, filters };
		case 'liste': {
			const list = fields.get('type') ?? 'debtors';
			return LISTS.includes(list) ? { kind, list, format: format === 'xlsx' ? 'xlsx' : 'csv' } : null;
		}
		case 'format':
			return isUuid(formatId) ? { kind, formatId, filters } : null;
		case 'historique':
			return { kind, format: isUuid(format) || format === 'xlsx' ? format : 'csv', filters };
		default:
			return null;
	}
}

/** Where the export downloads at once: the same address for the same export, whoever asks. */
export function exportAddress(spec: ExportSpec): string {
	const query = (first: Record<string, string>, filters: HistoryFilters = {}) => {
		const all = new URLSearchParams(first);
		for (const [name, value] of historyQuery(filters)) all.set(name, value);
		const text = all.toString();
		return text ? `?${text}` : '';
	};
	switch (spec.kind) {
		case 'classeur':
			return `/exporter/classeur${query({}, spec.filters)}`;
		case 'liste':
			return `/exporter/liste${query({ type: spec.list, format: spec.format })}`;
		case 'format':
			return `/exporter/format/${spec.formatId}${query({}, spec.filters)}`;
		case 'historique':
			return `/historique/export${query({ format: spec.format }, spec.filters)}`;
	}
}

/** How many rows the export will write, read by counting; null when it names nothing of the organisation's. */
export async function exportRows(db: DbOrTx, organisationId: string, spec: ExportSpec): Promise<number | null> {
	switch (spec.kind) {
		case 'classeur':
			return (
				(await countHistory(db, organisationId, spec.filters)) +
				(await countUnpaid(db, organisationId)) +
				(await countNoContact(db, organisationId))
			);
		case 'liste':
			return isDataKind(spec.list)
				? countData(db, organisationId, spec.list)
				: spec.list === 'impayes'
					? countUnpaid(db, organisationId)
					: countNoContact(db, organisationId);
		case 'format':
			return countFormatRows(db, organisationId, spec.formatId, { filters: spec.filters });
		case 'historique':
			return isUuid(spec.format)
				? countFormatRows(db, organisationId, spec.format, { filters: spec.filters, type: 'relance' })
				: countHistory(db, organisationId, spec.filters);
	}
}

export type Built =
	| { ok: true; body: Buffer; fileName: string; type: string; rows: number }
	| { ok: false; reason: 'not_found' | 'file_name' };

export interface BuildOptions {
	/** The language of the channels and outcomes written: the reader's, or of whoever asked for a file made later. */
	locale?: Locale;
	/** Told after each row how many of how many are written. */
	onRow?: (written: number, total: number) => Promise<void>;
}

/** The export's file, as downloaded at once or made by an operation. */
export async function buildExport(
	db: DbOrTx,
	organisationId: string,
	spec: ExportSpec,
	{ locale = getLocale(), onRow = async () => {} }: BuildOptions = {}
): Promise<Built> {
	const today = await organisationToday(db, organisationId);
	const rows = (sheets: Sheet[]) => sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0);
	const counted = (sheets: Sheet[]) => {
		const total = rows(sheets);
		return (n: number) => onRow(n, total);
	};
	const withFormat = async (formatId: string, type?: 'relance'): Promise<Built> => {
		const filters = spec.kind === 'liste' ? {} : spec.filters;
		const made = await exportWithFormat(db, organisationId, formatId, { filters, type, locale, onRow });
		return made.ok
			? {
					ok: true,
					body: made.body,
					fileName: made.fileName,
					type: made.extension === 'csv' ? 'csv' : 'text/plain; charset=utf-8',
					rows: made.rows
				}
			: made;
	};
	const sheetFile = async (sheet: Sheet, format: 'csv' | 'xlsx', name: string): Promise<Built> => {
		const body =
			format === 'xlsx'
				? await toXlsx([sheet], counted([sheet]))
				: await writeCsv(sheet, DEFAULT_CSV, counted([sheet]));
		return { ok: true, body, fileName: `${name} ${today}.${format}`, type: format, rows: sheet.rows.length };
	};
	switch (spec.kind) {
		case 'classeur': {
			const sheets = await workbookSheets(db, organisationId, spec.filters, locale);
			return {
				ok: true,
				body: await toXlsx(sheets, counted(sheets)),
				fileName: `Relance ${today}.xlsx`,
				type: 'xlsx',
				rows: rows(sheets)
			};
		}
		case 'liste': {
			const sheet = isDataKind(spec.list)
				? await dataSheet(db, organisationId, spec.list)
				: spec.list === 'impayes'
					? await unpaidSheet(db, organisationId)
					: await noContactSheet(db, organisationId);
			return sheetFile(sheet, spec.format, sheet.name);
		}
		case 'format':
			return withFormat(spec.formatId);
		case 'historique': {
			if (isUuid(spec.format)) return withFormat(spec.format, 'relance');
			const sheet = await historySheet(
				db,
				organisationId,
				spec.filters,
				(s) => outcomeLabelIn(s, locale),
				(c) => channelLabelIn(c, locale)
			);
			return sheetFile(sheet, spec.format === 'xlsx' ? 'xlsx' : 'csv', 'Historique');
		}
	}
}

/** The export downloaded at once, or the error page: nothing of the organisation's, or a format whose file name does not come out. */
export async function downloadNow(db: DbOrTx, organisationId: string, spec: ExportSpec | null): Promise<Response> {
	const made: Built = spec ? await buildExport(db, organisationId, spec) : { ok: false, reason: 'not_found' };
	if (!made.ok)
		error(
			made.reason === 'not_found' ? 404 : 400,
			made.reason === 'not_found' ? m.error_not_found() : m.formats_error_file_name()
		);
	return download(made.body, made.fileName, made.type);
}
