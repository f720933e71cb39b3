import { and, asc, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db';
import { exportFormats, organisations } from '../db/schema';
import { FIELDS } from '../imports/fields';
import { isUuid } from '$lib/validation/ids';
import { todayIn } from '$lib/dates';
import { m } from '$lib/paraglide/messages';
import { violates } from '../debtors/unique';
import { dataSheet, HISTORY_HEADERS, historySheet, NO_CONTACT_HEADERS, noContactSheet, UNPAID_HEADERS, unpaidSheet } from './tables';
import { toCsv } from './csv';
import type { Sheet } from './cells';
import { channelLabel } from '$lib/reminder-labels';
import { outcomeLabel, typeLabels } from '$lib/file-labels';

export const FORMAT_TYPES = ['relance', 'unpaid', 'no_contact', 'debtors', 'contacts', 'invoices', 'payments'] as const;
export type FormatType = (typeof FORMAT_TYPES)[number];
export const SEPARATORS = { ';': ';', ',': ',', tab: '\t', '|': '|' } as const;
export const EXTENSIONS = ['csv', 'txt'] as const;
export const FORMAT_ENCODINGS = ['utf-8', 'windows-1252'] as const;
export const NAME_FIELDS = ['date', 'heure', 'organisation', 'format', 'type'] as const;

/** The columns a format of each type chooses from, in their natural order. */
export const TYPE_FIELDS: Record<FormatType, string[]> = {
	relance: HISTORY_HEADERS,
	unpaid: UNPAID_HEADERS,
	no_contact: NO_CONTACT_HEADERS,
	debtors: FIELDS.debtors.map((f) => f.header),
	contacts: FIELDS.contacts.map((f) => f.header),
	invoices: FIELDS.invoices.map((f) => f.header),
	payments: FIELDS.payments.map((f) => f.header)
};

export interface FormatInput {
	name: string;
	type: FormatType;
	separator: keyof typeof SEPARATORS;
	extension: (typeof EXTENSIONS)[number];
	encoding: (typeof FORMAT_ENCODINGS)[number];
	fields: string[];
	fileName: string;
}

const FORBIDDEN = /[/\\:*?"<>|\u0000-\u001f]/;

/**
 * The file name a format gives: its text with each [field] replaced. Null when it comes out
 * empty, names an unknown field, or holds what no file system accepts.
 */
export function renderFileName(template: string, values: Record<(typeof NAME_FIELDS)[number], string>, extension: string): string | null {
	let unknown = false;
	const base = template
		.replace(/\[([^\]]*)\]/g, (_, key: string) => {
			if (!(NAME_FIELDS as readonly string[]).includes(key)) unknown = true;
			return values[key as (typeof NAME_FIELDS)[number]] ?? '';
		})
		.replace(/\s+/g, ' ')
		.trim();
	if (unknown || !base || /^\.+$/.test(base) || FORBIDDEN.test(base) || /[[\]]/.test(base) || base.length > 120) return null;
	return `${base}.${extension}`;
}

const SAMPLE = { date: '2026-01-31', heure: '08h00', organisation: 'Agence', format: 'Format', type: 'Relance' };

export const typeLabel = (type: string) => typeLabels[type]?.() ?? type;

/** The checks a form's zod schema cannot make alone; errors keyed by field. */
export function checkFormat(input: FormatInput): Record<string, string> {
	const errors: Record<string, string> = {};
	const allowed = TYPE_FIELDS[input.type];
	if (!input.fields.length) errors.fields = m.formats_error_no_field();
	else if (input.fields.some((f) => !allowed.includes(f))) errors.fields = m.formats_error_field();
	if (!renderFileName(input.fileName, { ...SAMPLE, format: input.name }, input.extension)) errors.fileName = m.formats_error_file_name();
	return errors;
}

export type FormatSave = { ok: true; id: string } | { ok: false; errors: Record<string, string> };

export async function createFormat(db: Db, organisationId: string, input: FormatInput): Promise<FormatSave> {
	const errors = checkFormat(input);
	if (Object.keys(errors).length) return { ok: false, errors };
	try {
		const [row] = await db.insert(exportFormats).values({ organisationId, ...input }).returning({ id: exportFormats.id });
		return { ok: true, id: row.id };
	} catch (error) {
		if (violates(error, 'export_formats_org_name_idx')) return { ok: false, errors: { name: m.formats_error_duplicate() } };
		throw error;
	}
}

export function listFormats(db: DbOrTx, organisationId: string) {
	return db.select().from(exportFormats).where(eq(exportFormats.organisationId, organisationId)).orderBy(asc(exportFormats.name));
}

export async function deleteFormat(db: Db, organisationId: string, id: string): Promise<boolean> {
	if (!isUuid(id)) return false;
	const gone = await db.delete(exportFormats).where(and(eq(exportFormats.id, id), eq(exportFormats.organisationId, organisationId))).returning({ id: exportFormats.id });
	return gone.length > 0;
}

async function sheetOf(db: DbOrTx, organisationId: string, type: FormatType): Promise<Sheet> {
	if (type === 'relance') return historySheet(db, organisationId, {}, outcomeLabel, channelLabel);
	if (type === 'unpaid') return unpaidSheet(db, organisationId);
	if (type === 'no_contact') return noContactSheet(db, organisationId);
	return dataSheet(db, organisationId, type);
}

/** The chosen columns in the chosen order, picked out of the type's full table. */
export function project(sheet: Sheet, fields: string[]): Sheet {
	const index = fields.map((f) => sheet.headers.indexOf(f));
	return { name: sheet.name, headers: fields, rows: sheet.rows.map((row) => index.map((i) => (i < 0 ? null : row[i]))) };
}

export type FormatExport = { ok: true; body: Buffer; fileName: string; extension: string } | { ok: false; reason: 'not_found' | 'file_name' };

export async function exportWithFormat(db: DbOrTx, organisationId: string, formatId: string, now = new Date()): Promise<FormatExport> {
	if (!isUuid(formatId)) return { ok: false, reason: 'not_found' };
	const [row] = await db
		.select({ format: exportFormats, organisation: organisations.name, timezone: organisations.timezone })
		.from(exportFormats)
		.innerJoin(organisations, eq(organisations.id, exportFormats.organisationId))
		.where(and(eq(exportFormats.id, formatId), eq(exportFormats.organisationId, organisationId)));
	if (!row) return { ok: false, reason: 'not_found' };
	const { format } = row;
	const hour = new Intl.DateTimeFormat('fr-FR', { timeZone: row.timezone, hour: '2-digit', minute: '2-digit' }).format(now).replace(':', 'h');
	const fileName = renderFileName(
		format.fileName,
		{ date: todayIn(row.timezone, now), heure: hour, organisation: row.organisation.replace(/[/\\:*?"<>|]/g, ' '), format: format.name, type: typeLabel(format.type) },
		format.extension
	);
	if (!fileName) return { ok: false, reason: 'file_name' };
	const sheet = project(await sheetOf(db, organisationId, format.type as FormatType), format.fields);
	const body = toCsv(sheet, { separator: SEPARATORS[format.separator as keyof typeof SEPARATORS] ?? ';', encoding: format.encoding as 'utf-8' | 'windows-1252' });
	return { ok: true, body, fileName, extension: format.extension };
}
