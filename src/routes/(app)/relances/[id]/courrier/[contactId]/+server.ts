import type { RequestHandler } from './$types';
import { isUuid } from '$lib/validation/ids';
import { letterPdfResponse, reminderLetterPdf } from '$lib/server/previews/letter';
import { m } from '$lib/paraglide/messages';

/** The reminder's letter to one recipient, as it will print. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const letter =
		isUuid(params.id) && isUuid(params.contactId)
			? await reminderLetterPdf(locals.db, locals.organisation!.id, params.id, params.contactId)
			: ({ kind: 'not_found' } as const);
	return letterPdfResponse(letter, m.error_not_found());
};
