import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { exportPersonalData } from '$lib/server/privacy/export';
import { fileResponse } from '$lib/server/exports/download';
import { m } from '$lib/paraglide/messages';

/** « Exporter ses données personnelles »: a form's post, since the export is written in his history. */
export const POST: RequestHandler = async ({ locals, params }) => {
	const file = await exportPersonalData(
		locals.db,
		{ userId: locals.user!.id, organisationId: locals.organisation!.id },
		params.id
	);
	if (!file) error(404, m.error_not_found());
	return fileResponse(file.body, file.fileName, 'application/json; charset=utf-8');
};
