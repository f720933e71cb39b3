import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { describeUpload, importUpload } from '$lib/server/imports/service';
import { FIELDS, type ImportKind } from '$lib/server/imports/fields';
import { m } from '$lib/paraglide/messages';

/** A report this long is already more than a person fixes in one go; the count says the rest. */
const REPORT_LIMIT = 500;
const LISTS_LINK_LIMIT = 50;

export const load: PageServerLoad = async ({ locals, params }) => {
	const described = await describeUpload(locals.db, locals.organisation!.id, params.id);
	if (!described) error(404, m.error_not_found());
	const kind = described.upload.kind as ImportKind;
	return {
		kind,
		fileName: described.upload.fileName,
		encoding: described.upload.encoding,
		headers: described.headers,
		preview: described.preview,
		rowCount: described.rowCount,
		mapping: described.mapping,
		fields: FIELDS[kind].map(({ key, header, required }) => ({ key, header, required }))
	};
};

export const actions: Actions = {
	run: async ({ locals, params, request }) => {
		const form = await request.formData();
		const mapping: Record<string, string> = {};
		for (const [key, value] of form) if (key.startsWith('map_')) mapping[key.slice(4)] = String(value);
		const result = await importUpload(locals.db, locals.organisation!.id, params.id, mapping);
		if (!result) error(404, m.error_not_found());
		const { kind, outcome } = result;
		if (!outcome.ok)
			return fail(400, { mapping, fileError: outcome.fileError, errors: outcome.errors.slice(0, REPORT_LIMIT), errorCount: outcome.errors.length });
		const { created, updated, unchanged } = outcome.counts;
		const query = new URLSearchParams({ importe: kind, crees: String(created), modifies: String(updated), inchanges: String(unchanged) });
		// A small file's debtors become the chosen set of the lists before a run, one tap away.
		if (outcome.accounts.length <= LISTS_LINK_LIMIT) query.set('comptes', outcome.accounts.join(','));
		redirect(303, `/importer?${query}`);
	}
};
