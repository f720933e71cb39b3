import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { listFormats } from '$lib/server/exports/formats';
import { readExportSpec } from '$lib/server/exports/build';
import { requestExport } from '$lib/server/exports/operation';
import { listOperationFiles } from '$lib/server/operations/files';
import { operationLocation, pageOperations } from '$lib/server/operations/operations';
import { formError } from '$lib/server/forms';
import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { id: organisationId, role } = locals.organisation!;
	const [formats, operations, files] = await Promise.all([
		listFormats(locals.db, organisationId),
		pageOperations(locals.db, organisationId, role, ['export'], url),
		listOperationFiles(locals.db, organisationId, role)
	]);
	return {
		formats: formats.map(({ id, name, type, extension }) => ({ id, name, type, extension })),
		files,
		...operations
	};
};

export const actions: Actions = {
	/**
	 * Any export of the app (this page's, the history's): a small one downloads at once from its
	 * address; a large one is made by an operation, followed on this page.
	 */
	export: async ({ request, locals, url }) => {
		const spec = readExportSpec(new URLSearchParams([...(await request.formData())].map(([k, v]) => [k, String(v)])));
		if (!spec) return formError(400, m.exports_unknown());
		const requested = await requestExport(
			locals.db,
			{ organisationId: locals.organisation!.id, userId: locals.user!.id },
			spec,
			getLocale()
		);
		if (requested.kind === 'not_found') return formError(404, m.exports_unknown());
		if (requested.kind === 'download') redirect(303, requested.address);
		redirect(303, operationLocation(url, requested));
	}
};
