import type { RequestEvent } from '@sveltejs/kit';
import type { DbOrTx } from '../db';
import { invalid, readForm } from '../forms';
import { templatePreviewSchema } from '$lib/validation/templates';
import { m } from '$lib/paraglide/messages';
import { MERGE_FIELDS } from './merge-context';
import { previewTemplate } from './preview';
import type { TemplatePreview } from '$lib/templates';
import { listGroups, listPreviewDebtors } from './queries';

/** What the new-template and the template pages both offer: groups, merge fields, preview recipients. */
export async function loadEditor(db: DbOrTx, organisationId: string) {
	const [groups, previewDebtors] = await Promise.all([
		listGroups(db, organisationId),
		listPreviewDebtors(db, organisationId)
	]);
	return {
		groups,
		previewDebtors,
		mergeFields: MERGE_FIELDS.map((field) => ({
			name: field.name,
			description: field.description(),
			snippets: field.snippets
		}))
	};
}

/** Renders the content as posted (saved or not) for a debtor and contact of the organisation. */
export async function previewAction({ request, locals }: RequestEvent) {
	const { data, failure, values } = await readForm(request, templatePreviewSchema);
	if (failure) return failure;
	const { previewFor, ...content } = data;
	const outcome = await previewTemplate(
		locals.db,
		locals.organisation!.id,
		content,
		previewFor.debtorId,
		previewFor.contactId
	);
	if (outcome.kind === 'not_found') return invalid(404, { previewFor: m.error_not_found() }, values);
	if (outcome.kind === 'invalid') return invalid(400, outcome.errors, values);
	const preview: TemplatePreview = { recipient: outcome.recipient, preview: outcome.preview };
	return { values, preview };
}
