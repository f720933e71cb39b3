import { fail } from '@sveltejs/kit';
import { formValues, parseForm, type FieldErrors, type FormValues } from '$lib/validation/form';
import type { z } from 'zod';

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
 */
export async function readForm<S extends z.ZodType>(request: Request, schema: S) {
	const all = formValues(await request.formData());
	const values = Object.fromEntries(Object.entries(all).filter(([k]) => !SECRET.test(k)));
	const parsed = parseForm(schema, all);
	return parsed.ok
		? { data: parsed.data, failure: null, values }
		: { data: null, failure: invalid(400, parsed.errors, parsed.values), values };
}
