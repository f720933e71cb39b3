import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { importedLocation } from '$lib/server/imports/service';
import { confirmImport, mappingStep, REPORT_LIMIT } from '$lib/server/operations/import';
import { operationLocation } from '$lib/server/operations/operations';
import { FIELDS, type ImportKind } from '$lib/server/imports/fields';
import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const step = await mappingStep(locals.db, locals.organisation!.id, locals.organisation!.role, params.id, url);
	if (!step) error(404, m.error_not_found());
	if ('location' in step) redirect(303, step.location);
	const { described, operation, joined, report } = step;
	const kind = described.upload.kind as ImportKind;
	return {
		kind,
		fileName: described.upload.fileName,
		encoding: described.upload.encoding,
		headers: described.headers,
		preview: described.preview,
		rowCount: described.rowCount,
		mapping: described.mapping,
		fields: FIELDS[kind].map(({ key, header, required }) => ({ key, header, required })),
		operation,
		joined,
		report
	};
};

export const actions: Actions = {
	/** A file of a few hundred rows or more is written by an operation, its progress on this page. */
	run: async ({ locals, params, request, url }) => {
		const form = await request.formData();
		const mapping: Record<string, string> = {};
		for (const [key, value] of form) if (key.startsWith('map_')) mapping[key.slice(4)] = String(value);
		const actor = { userId: locals.user!.id, organisationId: locals.organisation!.id };
		const result = await confirmImport(locals.db, actor, params.id, mapping, getLocale());
		if (!result) error(404, m.error_not_found());
		if ('started' in result) redirect(303, operationLocation(url, result.started));
		const { kind, outcome } = result;
		if (!outcome.ok)
			return fail(400, {
				mapping,
				fileError: outcome.fileError,
				errors: outcome.errors.slice(0, REPORT_LIMIT),
				errorCount: outcome.errors.length
			});
		redirect(303, importedLocation(kind, outcome.counts, outcome.accounts));
	}
};
