import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import {
	createFormat,
	deleteFormat,
	EXTENSIONS,
	FORMAT_ENCODINGS,
	FORMAT_LANGUAGES,
	FORMAT_TYPES,
	getFormat,
	listFormats,
	SEPARATORS,
	TYPE_FIELDS,
	updateFormat,
	type FormatInput,
	type FormatType
} from '$lib/server/exports/formats';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { isUuid } from '$lib/validation/ids';

const isType = (v: unknown): v is FormatType => (FORMAT_TYPES as readonly unknown[]).includes(v);

/** ?modifier=<id> opens a format in the form; ?type= changes the type of the one being written. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const organisationId = locals.organisation!.id;
	const editing = await getFormat(locals.db, organisationId, url.searchParams.get('modifier') ?? '');
	const type = url.searchParams.get('type');
	const chosen: FormatType = isType(type) ? type : editing && isType(editing.type) ? editing.type : 'relance';
	return { formats: await listFormats(locals.db, organisationId), type: chosen, fields: TYPE_FIELDS[chosen], editing };
};

type Values = Record<string, string>;
const valuesOf = (form: FormData): Values => Object.fromEntries([...form].map(([k, v]) => [k, String(v)]));

/** Fields come as "pos_<n>": the position of the type's n-th column in the file, empty to leave it out. */
function readForm(form: FormData): { input: FormatInput } | { errors: Record<string, string>; values: Values } {
	const value = (k: string) => String(form.get(k) ?? '').trim();
	const values = valuesOf(form);
	const type = value('type');
	if (!isType(type)) return { errors: { type: m.error_choice() }, values };
	const positions = TYPE_FIELDS[type]
		.map((field, i) => ({ field, raw: value(`pos_${i}`), pos: Number(value(`pos_${i}`)) }))
		.filter((p) => p.raw !== '' && Number.isFinite(p.pos))
		.sort((a, b) => a.pos - b.pos);
	const errors: Record<string, string> = {};
	if (!value('name') || value('name').length > 80) errors.name = m.error_required();
	if (!(value('separator') in SEPARATORS)) errors.separator = m.error_choice();
	if (!(EXTENSIONS as readonly string[]).includes(value('extension'))) errors.extension = m.error_choice();
	if (!(FORMAT_ENCODINGS as readonly string[]).includes(value('encoding'))) errors.encoding = m.error_choice();
	// A format written without choosing gets the headers of its author's language.
	const language = value('language') || getLocale();
	if (!(FORMAT_LANGUAGES as readonly string[]).includes(language)) errors.language = m.error_choice();
	if (Object.keys(errors).length) return { errors, values };
	return {
		input: {
			name: value('name'),
			type,
			separator: value('separator') as FormatInput['separator'],
			extension: value('extension') as FormatInput['extension'],
			encoding: value('encoding') as FormatInput['encoding'],
			fields: positions.map((p) => p.field),
			fileName: value('fileName'),
			language: language as FormatInput['language']
		}
	};
}

export const actions: Actions = {
	create: async ({ locals, request }) => {
		const form = await request.formData();
		const read = readForm(form);
		if ('errors' in read) return fail(400, read);
		const saved = await createFormat(locals.db, locals.organisation!.id, read.input);
		if (!saved.ok) return fail(400, { errors: saved.errors, values: valuesOf(form) });
		return { done: m.formats_saved({ name: read.input.name }) };
	},
	update: async ({ locals, request }) => {
		const form = await request.formData();
		const read = readForm(form);
		if ('errors' in read) return fail(400, read);
		const saved = await updateFormat(locals.db, locals.organisation!.id, String(form.get('id') ?? ''), read.input);
		if (!saved) return fail(404, { errors: { _form: m.error_not_found() } as Record<string, string> });
		if (!saved.ok) return fail(400, { errors: saved.errors, values: valuesOf(form) });
		return { done: m.formats_saved({ name: read.input.name }) };
	},
	delete: async ({ locals, request }) => {
		const form = await request.formData();
		const id = String(form.get('id') ?? '');
		if (!isUuid(id)) return fail(400, { errors: { _form: m.form_stale() } as Record<string, string> });
		const ok = await deleteFormat(locals.db, locals.organisation!.id, id);
		return ok
			? { done: m.formats_deleted() }
			: fail(404, { errors: { _form: m.error_not_found() } as Record<string, string> });
	}
};
