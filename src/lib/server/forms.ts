import { fail } from '@sveltejs/kit';
import { formValues, parseForm, type FieldErrors, type FormValues } from '$lib/validation/form';
import type { z } from 'zod';
import { m } from '$lib/paraglide/messages';

/** Every refused form answers in one shape, which the pages show next to each field. */
export function invalid(status: number, errors: FieldErrors, values: FormValues = {}) {
	return fail(status, { errors, values });
}

export function formError(status: number, message: string, values: FormValues = {}) {
	return invalid(status, { _form: message }, values);
}

const SECRET = /password/i;

/**
 * Reads and validates a request's form; on failure, `failure` is the 400 to return as is.
 * `values` (secrets left out) lets a later refusal by a service show the form as it was posted.
 * `hidden` names the fields the page writes itself (ids, versions): no one typed them, so no
 * field can show their error, and the refusal is said at the form's level.
 */
export async function readForm<S extends z.ZodType>(request: Request, schema: S, hidden: readonly string[] = []) {
	const all = formValues(await request.formData());
	const values = Object.fromEntries(Object.entries(all).filter(([k]) => !SECRET.test(k)));
	const parsed = parseForm(schema, all);
	if (parsed.ok) return { data: parsed.data, failure: null, values };
	const errors = { ...parsed.errors };
	for (const name of hidden)
		if (name in errors) {
			delete errors[name];
			errors._form ??= m.form_stale();
		}
	return { data: null, failure: invalid(400, errors, parsed.values), values };
}
