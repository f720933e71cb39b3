import type { RequestHandler } from './$types';
import { letterPdfResponse, typedLetterPdf } from '$lib/server/previews/letter';
import { m } from '$lib/paraglide/messages';

/** The letter of the content as typed in a form (template editor, reminder form), for one recipient. */
export const POST: RequestHandler = async ({ locals, request }) =>
	letterPdfResponse(await typedLetterPdf(locals.db, locals.organisation!.id, request), m.error_not_found());
