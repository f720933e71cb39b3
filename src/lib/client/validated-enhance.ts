import type { SubmitFunction } from '@sveltejs/kit';
import type { z } from 'zod';
import { parseForm, type FieldErrors } from '$lib/validation/form';

/**
 * The server's schema run in the browser before a form leaves: the same rules, the same
 * words, without a round trip. The server checks again; this only saves the wait.
 */
export function validateBeforeSubmit(schema: z.ZodType, show: (errors: FieldErrors) => void): SubmitFunction {
	return ({ formData, cancel, submitter }) => {
		if (submitter?.hasAttribute('formnovalidate')) return async ({ update }) => update({ reset: false });
		const parsed = parseForm(schema, formData);
		if (!parsed.ok) {
			show(parsed.errors);
			cancel();
			return;
		}
		show({});
		return async ({ update }) => update({ reset: false });
	};
}
