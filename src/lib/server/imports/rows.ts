import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { CIVILITIES, CONTACT_ROLES, type ContactRole } from '$lib/contact-choices';
import { parseMobile } from '$lib/phone';
import { FIELDS, type FieldDef, type ImportKind } from './fields';
import type { Mapping } from './mapping';
import type { Table } from './read-file';
import { parseAmount, parseBoolean, parseDate, unneutralise } from './values';
import { hasBidiControl, withoutNul } from '$lib/validation/text';

export interface RowError {
	line: number;
	column: string;
	reason: string;
}

export type Value = string | number | boolean | null;
export interface ParsedRow {
	line: number;
	values: Record<string, Value>;
}

const MAX_TEXT = 300;

/** The file's columns that the mapping names but the file lacks, and required fields left unmapped. */
export function mappingErrors(
	kind: ImportKind,
	table: Pick<Table, 'headers' | 'headerLine'>,
	mapping: Mapping
): RowError[] {
	const { headers, headerLine: line } = table;
	const errors: RowError[] = [];
	for (const field of FIELDS[kind]) {
		const column = mapping[field.key] ?? '';
		if (column && !headers.includes(column))
			errors.push({ line, column, reason: m.imports_error_column_missing({ column }) });
		else if (!column && field.required)
			errors.push({ line, column: field.header, reason: m.imports_error_field_unmapped({ field: field.header }) });
	}
	return errors;
}

/** Every row read through the mapping: each bad cell is one error, and the row is still read on. */
export function parseRows(kind: ImportKind, table: Table, mapping: Mapping): { rows: ParsedRow[]; errors: RowError[] } {
	const index = new Map(table.headers.map((h, i) => [h, i]));
	const rows: ParsedRow[] = [];
	const errors: RowError[] = [];
	for (const { line, cells } of table.rows) {
		const values: Record<string, Value> = {};
		let ok = true;
		for (const field of FIELDS[kind]) {
			const column = mapping[field.key];
			const raw = column ? unneutralise(withoutNul(cells[index.get(column) ?? -1] ?? '').trim()) : '';
			const result = parseCell(kind, field, raw);
			if ('reason' in result) {
				errors.push({ line, column: column || field.header, reason: result.reason });
				ok = false;
			} else values[field.key] = result.value;
		}
		if (ok) rows.push({ line, values });
	}
	return { rows, errors };
}

function parseCell(kind: ImportKind, field: FieldDef, raw: string): { value: Value } | { reason: string } {
	if (!raw) {
		if (field.required) return { reason: m.error_required() };
		return { value: field.type === 'text' ? '' : null };
	}
	switch (field.type) {
		case 'date': {
			const date = parseDate(raw);
			return date ? { value: date } : { reason: m.imports_error_date({ value: raw }) };
		}
		case 'amount': {
			const cents = parseAmount(raw);
			if (cents === null) return { reason: m.imports_error_amount({ value: raw }) };
			const min = field.key === 'paid' ? 0 : 1;
			return cents < min ? { reason: m.imports_error_amount_positive({ value: raw }) } : { value: cents };
		}
		case 'boolean': {
			const flag = parseBoolean(raw);
			return flag === null ? { reason: m.imports_error_boolean({ value: raw }) } : { value: flag };
		}
		case 'text':
			if (raw.length > MAX_TEXT) return { reason: m.error_too_long({ max: MAX_TEXT }) };
			if (hasBidiControl(raw)) return { reason: m.error_bidi_control() };
			return kind === 'contacts' ? contactText(field.key, raw) : { value: raw };
	}
}

const ROLE_NAMES: Record<string, ContactRole> = {
	relance: 'relance',
	facturation: 'facturation',
	garant: 'garant',
	autre: 'autre'
};

function contactText(key: string, raw: string): { value: Value } | { reason: string } {
	switch (key) {
		case 'civility':
			return (CIVILITIES as readonly string[]).includes(raw)
				? { value: raw }
				: { reason: m.imports_error_choice({ value: raw, choices: 'M., Mme' }) };
		case 'role': {
			const role = ROLE_NAMES[raw.toLowerCase()];
			return role
				? { value: role }
				: { reason: m.imports_error_choice({ value: raw, choices: CONTACT_ROLES.join(', ') }) };
		}
		case 'mobilePhone': {
			const phone = parseMobile(raw);
			return phone.ok
				? { value: phone.e164 }
				: { reason: phone.reason === 'not_mobile' ? m.contacts_phone_not_mobile() : m.contacts_phone_invalid() };
		}
		case 'country':
			return /^[A-Za-z]{2}$/.test(raw) ? { value: raw.toUpperCase() } : { reason: m.contacts_country_invalid() };
		default:
			return { value: raw };
	}
}

export const isEmailSyntax = (email: string) => z.email().safeParse(email).success;
