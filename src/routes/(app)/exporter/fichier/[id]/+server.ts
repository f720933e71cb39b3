import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { readOperationFile } from '$lib/server/operations/files';
import { fileResponse } from '$lib/server/exports/download';
import { m } from '$lib/paraglide/messages';

/** The file an export's operation made: its organisation's, for a role that may follow exports; a day at most. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const { id: organisationId, role } = locals.organisation!;
	const file = await readOperationFile(locals.db, organisationId, role, params.id);
	if (!file) error(404, m.error_not_found());
	return fileResponse(file.bytes, file.fileName, file.contentType);
};
