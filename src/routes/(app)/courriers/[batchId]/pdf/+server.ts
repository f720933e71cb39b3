import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { isUuid } from '$lib/validation/ids';
import { batchPdf } from '$lib/server/letters/batches';
import { m } from '$lib/paraglide/messages';

/** The batch's letters, one file to print; another organisation's batch is simply not found. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const file = isUuid(params.batchId) ? await batchPdf(locals.db, locals.organisation!.id, params.batchId) : null;
	if (!file) error(404, m.error_not_found());
	return new Response(new Uint8Array(file.pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="courriers-${file.day}.pdf"`,
			// Tenants' names and debts: never kept by a shared cache.
			'cache-control': 'private, no-store'
		}
	});
};
