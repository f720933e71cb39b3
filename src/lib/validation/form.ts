import { z } from './zod-messages';
import { m } from '$lib/paraglide/messages';
import { hasBidiControl, withoutNul } from './text';

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string | string[]>;

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors; values: FormValues };

/** Field names that are never echoed back to the page. */
const SECRET = /password/i;

/** FormData to a plain object: a repeated name becomes an array, files are left out, NULs dropped. */
export function formValues(form: FormData): FormValues {
	const out: FormValues = {};
	for (const key of new Set(form.keys())) {
		const all = form
			.getAll(key)
			.filter((v): v is string => typeof v === 'string')
			.map(withoutNul);
		out[key] = all.length > 1 || key.endsWith('[]') ? all : (all[0] ?? '');
	}
	return out;
}

export function parseForm<S extends z.ZodType>(schema: S, form: FormData | FormValues): Parsed<z.output<S>> {
	const values = form instanceof FormData ? formValues(form) : form;
	const result = schema.safeParse(values);
	const errors: FieldErrors = {};
	// Every form, whatever its schema: a text that could display as something else is refused.
	for (const [k, v] of Object.entries(values)) {
		if (!SECRET.test(k) && (Array.isArray(v) ? v : [v]).some(hasBidiControl)) errors[k] = m.error_bidi_control();
	}
	if (result.success && !Object.keys(errors).length) return { ok: true, data: result.data };
	for (const issue of result.success ? [] : result.error.issues) {
		const field = issue.path.length ? String(issue.path[0]) : '_form';
		errors[field] ??= issue.message;
	}
	const safeValues: FormValues = {};
	for (const [k, v] of Object.entries(values)) if (!SECRET.test(k)) safeValues[k] = v;
	return { ok: false, errors, values: safeValues };
}
