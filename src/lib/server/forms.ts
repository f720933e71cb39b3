import { fail } from '@sveltejs/kit';
import { parseForm, type FieldErrors, type FormValues } from '$lib/validation/form';
import type { z } from 'zod';

/** Every refused form answers in one shape, which the pages show next to each field. */
export function invalid(status: number, errors: FieldErrors, values: FormValues = {}) {
	return fail(status, { errors, values });
}

export function formError(status: number, message: string, values: FormValues = {}) {
	return invalid(status, { _form: message }, values);
}

/** Reads and validates a request's form; on failure, `failure` is the 400 to return as is. */
export async function readForm<S extends z.ZodType>(request: Request, schema: S) {
	const parsed = parseForm(schema, await request.formData());
	return parsed.ok
		? { data: parsed.data, failure: null }
		: { data: null, failure: invalid(400, parsed.errors, parsed.values) };
}
