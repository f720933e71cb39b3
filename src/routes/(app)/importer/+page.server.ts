import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { stageUpload } from '$lib/server/imports/service';
import { isImportKind } from '$lib/server/imports/fields';
import { ENCODINGS, MAX_IMPORT_BYTES, type Encoding } from '$lib/server/imports/read-file';
import { pageOperations } from '$lib/server/operations/operations';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ url, locals }) => {
	const kind = url.searchParams.get('importe');
	const count = (name: string) => Number(url.searchParams.get(name) ?? 0);
	return {
		// An import of a large file running on any device of the organisation, and the latest ones.
		...(await pageOperations(locals.db, locals.organisation!.id, locals.organisation!.role, ['import'], url)),
		done: isImportKind(kind)
			? {
					kind,
					created: count('crees'),
					updated: count('modifies'),
					unchanged: count('inchanges'),
					accounts: url.searchParams.get('comptes') ?? ''
				}
			: null
	};
};

export const actions: Actions = {
	upload: async ({ request, locals }) => {
		const form = await request.formData();
		const kind = form.get('kind');
		const encoding = String(form.get('encoding') ?? 'auto');
		const file = form.get('file');
		const values = { kind: String(kind ?? ''), encoding };
		const refuse = (errors: { kind?: string; file?: string }) => fail(400, { errors, values });
		if (!isImportKind(kind)) return refuse({ kind: m.error_choice() });
		if (!(file instanceof File) || file.size === 0) return refuse({ file: m.imports_error_no_file() });
		if (file.size > MAX_IMPORT_BYTES)
			return refuse({
				file: m.imports_error_too_big({ size: Math.ceil(file.size / 1024), max: MAX_IMPORT_BYTES / 1024 })
			});
		const staged = await stageUpload(
			locals.db,
			{ userId: locals.user!.id, organisationId: locals.organisation!.id },
			kind,
			{ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
			(ENCODINGS as readonly string[]).includes(encoding) ? (encoding as Encoding) : 'auto'
		);
		if (!staged.ok) return refuse({ file: staged.reason });
		redirect(303, `/importer/${staged.uploadId}`);
	}
};
