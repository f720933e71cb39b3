import { and, asc, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db';
import { exportFormats, groups, organisations } from '../db/schema';
import { FIELDS } from '../imports/fields';
import { isUuid } from '$lib/validation/ids';
import { organisationClock } from '../clock';
import { m } from '$lib/paraglide/messages';
import { violates } from '../debtors/unique';
import {
	countData,
	countHistory,
	countNoContact,
	countUnpaid,
	dataSheet,
	HISTORY_HEADERS,
	historySheet,
	NO_CONTACT_HEADERS,
	noContactSheet,
	UNPAID_HEADERS,
	unpaidSheet,
	type HistoryFilters
} from './tables';
import { writeCsv } from './csv';
import type { Sheet } from './cells';
import { channelLabelIn } from '$lib/reminder-labels';
import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { outcomeLabelIn, typeLabels } from '$lib/file-labels';
import { fieldLabel } from '$lib/export-fields';

export const FORMAT_TYPES = ['relance', 'unpaid', 'no_contact', 'debtors', 'contacts', 'invoices', 'payments'] as const;
export type FormatType = (typeof FORMAT_TYPES)[number];
export const SEPARATORS = { ';': ';', ',': ',', tab: '\t', '|': '|' } as const;
export const EXTENSIONS = ['csv', 'txt'] as const;
export const FORMAT_ENCODINGS = ['utf-8', 'windows-1252'] as const;
/**
 * What a file name is made of (« Relance + Titre » by default): the moment, the organisation, the
 * format, and what the export was narrowed to — the reminder group, the channel, the dates.
 * A field the export was not narrowed by comes out empty.
 */
export const NAME_FIELDS = ['date', 'heure', 'organisation', 'format', 'type', 'groupe', 'canal', 'du', 'au'] as const;
type NameValues = Partial<Record<(typeof NAME_FIELDS)[number], string>>;
/** The same fields by their English names, as the English form lists them. */
const NAME_ALIASES: Record<string, (typeof NAME_FIELDS)[number]> = {
	time: 'heure',
	group: 'groupe',
	channel: 'canal',
	from: 'du',
	to: 'au'
};
export const FORMAT_LANGUAGES = ['fr', 'en'] as const;
export type FormatLanguage = (typeof FORMAT_LANGUAGES)[number];

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
	/** Absent: French, the headers' own names. */
	language?: FormatLanguage;
}

// eslint-disable-next-line no-control-regex -- control characters are among what a file name may not hold.
const FORBIDDEN = /[/\\:*?"<>|\u0000-\u001f]/;

/**
 * The file name a format gives: its text with each [field] replaced. Null when it comes out
 * empty, names an unknown field, or holds what no file system accepts.
 */
export function renderFileName(template: string, values: NameValues, extension: string): string | null {
	let unknown = false;
	const base = template
		.replace(/\[([^\]]*)\]/g, (_, written: string) => {
			const key = NAME_ALIASES[written] ?? written;
			if (!(NAME_FIELDS as readonly string[]).includes(key)) unknown = true;
			return values[key as (typeof NAME_FIELDS)[number]] ?? '';
		})
		.replace(/\s+/g, ' ')
		.trim();
	if (unknown || !base || /^\.+$/.test(base) || FORBIDDEN.test(base) || /[[\]]/.test(base) || base.length > 120)
		return null;
	return `${base}.${extension}`;
}

const SAMPLE: NameValues = {
	date: '2026-01-31',
	heure: '08h00',
	organisation: 'Agence',
	format: 'Format',
	type: 'Relance',
	groupe: 'Groupe',
	canal: 'E-mail',
	du: '2026-01-01',
	au: '2026-01-31'
};

export const typeLabel = (type: string) => typeLabels[type]?.() ?? type;

/** The checks a form's zod schema cannot make alone; errors keyed by field. */
export function checkFormat(input: FormatInput): Record<string, string> {
	const errors: Record<string, string> = {};
	const allowed = TYPE_FIELDS[input.type];
	if (!input.fields.length) errors.fields = m.formats_error_no_field();
	else if (input.fields.some((f) => !allowed.includes(f))) errors.fields = m.formats_error_field();
	if (!renderFileName(input.fileName, { ...SAMPLE, format: input.name }, input.extension))
		errors.fileName = m.formats_error_file_name();
	return errors;
}

export type FormatSave = { ok: true; id: string } | { ok: false; errors: Record<string, string> };

export async function createFormat(db: Db, organisationId: string, input: FormatInput): Promise<FormatSave> {
	return saveFormat(input, async () => {
		const [row] = await db
			.insert(exportFormats)
			.values({ organisationId, ...input })
			.returning({ id: exportFormats.id });
		return row.id;
	});
}

/** Null when no format of the organisation has this id. */
export async function updateFormat(
	db: Db,
	organisationId: string,
	id: string,
	input: FormatInput
): Promise<FormatSave | null> {
	if (!isUuid(id)) return null;
	let found = true;
	const saved = await saveFormat(input, async () => {
		const [row] = await db
			.update(exportFormats)
			.set(input)
			.where(and(eq(exportFormats.id, id), eq(exportFormats.organisationId, organisationId)))
			.returning({ id: exportFormats.id });
		found = !!row;
		return id;
	});
	return found ? saved : null;
}

async function saveFormat(input: FormatInput, write: () => Promise<string>): Promise<FormatSave> {
	const errors = checkFormat(input);
	if (Object.keys(errors).length) return { ok: false, errors };
	try {
		return { ok: true, id: await write() };
	} catch (error) {
		if (violates(error, 'export_formats_org_name_idx'))
			return { ok: false, errors: { name: m.formats_error_duplicate() } };
		throw error;
	}
}

export async function getFormat(db: DbOrTx, organisationId: string, id: string) {
	if (!isUuid(id)) return null;
	const [row] = await db
		.select()
		.from(exportFormats)
		.where(and(eq(exportFormats.id, id), eq(exportFormats.organisationId, organisationId)));
	return row ?? null;
}

export function listFormats(db: DbOrTx, organisationId: string) {
	return db
		.select()
		.from(exportFormats)
		.where(eq(exportFormats.organisationId, organisationId))
		.orderBy(asc(exportFormats.name));
}

export async function deleteFormat(db: Db, organisationId: string, id: string): Promise<boolean> {
	if (!isUuid(id)) return false;
	const gone = await db
		.delete(exportFormats)
		.where(and(eq(exportFormats.id, id), eq(exportFormats.organisationId, organisationId)))
		.returning({ id: exportFormats.id });
	return gone.length > 0;
}

async function sheetOf(
	db: DbOrTx,
	organisationId: string,
	type: FormatType,
	filters: HistoryFilters,
	locale: Locale
): Promise<Sheet> {
	if (type === 'relance')
		return historySheet(
			db,
			organisationId,
			filters,
			(s) => outcomeLabelIn(s, locale),
			(c) => channelLabelIn(c, locale)
		);
	if (type === 'unpaid') return unpaidSheet(db, organisationId);
	if (type === 'no_contact') return noContactSheet(db, organisationId);
	return dataSheet(db, organisationId, type);
}

function countOf(db: DbOrTx, organisationId: string, type: FormatType, filters: HistoryFilters): Promise<number> {
	if (type === 'relance') return countHistory(db, organisationId, filters);
	if (type === 'unpaid') return countUnpaid(db, organisationId);
	if (type === 'no_contact') return countNoContact(db, organisationId);
	return countData(db, organisationId, type);
}

/** How many rows a format's file would hold; null when the organisation has no such format (of `type`). */
export async function countFormatRows(
	db: DbOrTx,
	organisationId: string,
	formatId: string,
	{ filters = {}, type }: { filters?: HistoryFilters; type?: FormatType } = {}
): Promise<number | null> {
	const format = await getFormat(db, organisationId, formatId);
	if (!format || (type && format.type !== type)) return null;
	return countOf(db, organisationId, format.type as FormatType, filters);
}

/** The chosen columns in the chosen order, picked out of the type's full table. */
export function project(sheet: Sheet, fields: string[]): Sheet {
	const index = fields.map((f) => sheet.headers.indexOf(f));
	return {
		name: sheet.name,
		headers: fields,
		rows: sheet.rows.map((row) => index.map((i) => (i < 0 ? null : row[i])))
	};
}

export type FormatExport =
	| { ok: true; body: Buffer; fileName: string; extension: string; rows: number }
	| { ok: false; reason: 'not_found' | 'file_name' };

const fileSafe = (text: string) => text.replace(/[/\\:*?"<>|]/g, ' ');

/**
 * A file in the format's shape. The history filters narrow a history ("relance") format's rows,
 * and name any format's file: [groupe] is the chosen reminder group. `type` refuses a format
 * of another type, where only one type fits (the history's own export).
 */
export async function exportWithFormat(
	db: DbOrTx,
	organisationId: string,
	formatId: string,
	{
		filters = {},
		type,
		now,
		locale = getLocale(),
		onRow = async () => {}
	}: {
		filters?: HistoryFilters;
		type?: FormatType;
		now?: Date;
		locale?: Locale;
		onRow?: (written: number, total: number) => Promise<void>;
	} = {}
): Promise<FormatExport> {
	if (!isUuid(formatId)) return { ok: false, reason: 'not_found' };
	const [row] = await db
		.select({ format: exportFormats, organisation: organisations.name })
		.from(exportFormats)
		.innerJoin(organisations, eq(organisations.id, exportFormats.organisationId))
		.where(
			and(
				eq(exportFormats.id, formatId),
				eq(exportFormats.organisationId, organisationId),
				type ? eq(exportFormats.type, type) : undefined
			)
		);
	if (!row) return { ok: false, reason: 'not_found' };
	const [group] = filters.groupId
		? await db
				.select({ name: groups.name })
				.from(groups)
				.where(and(eq(groups.id, filters.groupId), eq(groups.organisationId, organisationId)))
		: [];
	const { format } = row;
	const language = format.language === 'en' ? 'en' : 'fr';
	const clock = (await organisationClock(db, organisationId, now))!;
	const hour = new Intl.DateTimeFormat('fr-FR', { timeZone: clock.timezone, hour: '2-digit', minute: '2-digit' })
		.format(clock.now)
		.replace(':', 'h');
	const fileName = renderFileName(
		format.fileName,
		{
			date: clock.today,
			heure: hour,
			organisation: fileSafe(row.organisation),
			format: format.name,
			type: typeLabels[format.type]?.({}, { locale: language }) ?? format.type,
			groupe: group ? fileSafe(group.name) : '',
			canal: filters.channel ? channelLabelIn(filters.channel, language) : '',
			du: filters.from ?? '',
			au: filters.to ?? ''
		},
		format.extension
	);
	if (!fileName) return { ok: false, reason: 'file_name' };
	const chosen = project(await sheetOf(db, organisationId, format.type as FormatType, filters, locale), format.fields);
	const sheet = { ...chosen, headers: chosen.headers.map((h) => fieldLabel(h, language)) };
	const options = {
		separator: SEPARATORS[format.separator as keyof typeof SEPARATORS] ?? ';',
		encoding: format.encoding as 'utf-8' | 'windows-1252'
	};
	const body = await writeCsv(sheet, options, (written) => onRow(written, sheet.rows.length));
	return { ok: true, body, fileName, extension: format.extension, rows: sheet.rows.length };
}
