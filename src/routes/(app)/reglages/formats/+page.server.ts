import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { createFormat, deleteFormat, EXTENSIONS, FORMAT_ENCODINGS, FORMAT_TYPES, listFormats, SEPARATORS, TYPE_FIELDS, type FormatInput, type FormatType } from '$lib/server/exports/formats';
import { m } from '$lib/paraglide/messages';

const isType = (v: unknown): v is FormatType => (FORMAT_TYPES as readonly unknown[]).includes(v);

export const load: PageServerLoad = async ({ locals, url }) => {
	const type = url.searchParams.get('type');
	const chosen: FormatType = isType(type) ? type : 'relance';
	return { formats: await listFormats(locals.db, locals.organisation!.id), type: chosen, fields: TYPE_FIELDS[chosen] };
};

export const actions: Actions = {
	/** Fields come as "pos_<n>": the position of the type's n-th column in the file, empty to leave it out. */
	create: async ({ locals, request }) => {
		const form = await request.formData();
		const value = (k: string) => String(form.get(k) ?? '').trim();
		const values = Object.fromEntries([...form].map(([k, v]) => [k, String(v)]));
		const type = value('type');
		if (!isType(type)) return fail(400, { errors: { type: m.error_choice() } as Record<string, string>, values });
		const positions = TYPE_FIELDS[type]
			.map((field, i) => ({ field, pos: Number(value(`pos_${i}`)) }))
			.filter((p) => value(`pos_${TYPE_FIELDS[type].indexOf(p.field)}`) !== '' && Number.isFinite(p.pos))
			.sort((a, b) => a.pos - b.pos);
		const errors: Record<string, string> = {};
		if (!value('name') || value('name').length > 80) errors.name = m.error_required();
		if (!(value('separator') in SEPARATORS)) errors.separator = m.error_choice();
		if (!(EXTENSIONS as readonly string[]).includes(value('extension'))) errors.extension = m.error_choice();
		if (!(FORMAT_ENCODINGS as readonly string[]).includes(value('encoding'))) errors.encoding = m.error_choice();
		if (Object.keys(errors).length) return fail(400, { errors, values });
		const input: FormatInput = {
			name: value('name'),
			type,
			separator: value('separator') as FormatInput['separator'],
			extension: value('extension') as FormatInput['extension'],
			encoding: value('encoding') as FormatInput['encoding'],
			fields: positions.map((p) => p.field),
			fileName: value('fileName')
		};
		const saved = await createFormat(locals.db, locals.organisation!.id, input);
		if (!saved.ok) return fail(400, { errors: saved.errors, values });
		return { done: m.formats_saved({ name: input.name }) };
	},
	delete: async ({ locals, request }) => {
		const form = await request.formData();
		const ok = await deleteFormat(locals.db, locals.organisation!.id, String(form.get('id') ?? ''));
		return ok ? { done: m.formats_deleted() } : fail(404, { errors: { _form: m.error_not_found() } as Record<string, string>, values: {} });
	}
};
