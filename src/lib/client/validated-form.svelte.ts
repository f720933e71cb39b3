import type { z } from 'zod';
import type { FieldErrors, FormValues } from '$lib/validation/form';
import { validateBeforeSubmit } from './validated-enhance';

type Answer = { errors?: FieldErrors; values?: FormValues } | Record<string, unknown> | null | undefined;

/**
 * A form's errors, from the browser's check of the schema before it leaves, else from the
 * server's answer; and the values to show again, as they were posted.
 */
export function validatedForm(schema: z.ZodType, answer: () => Answer) {
	let clientErrors: FieldErrors | null = $state(null);
	const posted = $derived(answer());
	const errors: FieldErrors = $derived(
		clientErrors ?? (posted && 'errors' in posted ? (posted.errors as FieldErrors) : {}) ?? {}
	);
	const values: FormValues = $derived((posted && 'values' in posted ? (posted.values as FormValues) : {}) ?? {});
	return {
		get errors() {
			return errors;
		},
		get values() {
			return values;
		},
		enhance: validateBeforeSubmit(schema, (e) => (clientErrors = Object.keys(e).length ? e : null))
	};
}
