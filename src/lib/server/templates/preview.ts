import type { DbOrTx } from '../db';
import type { ReminderContent } from '../db/schema';
import type { FieldErrors } from '$lib/validation/form';
import { loadMergeContext } from './merge-context';
import { checkMergeFields, renderContent, TemplateError, type RenderedContent } from './render';

export type PreviewOutcome =
	| { kind: 'rendered'; recipient: string; rendered: RenderedContent }
	| { kind: 'invalid'; errors: FieldErrors }
	| { kind: 'not_found' };

/** A template's content, saved or being typed, as one recipient of this organisation would read it. */
export async function previewTemplate(
	db: DbOrTx,
	organisationId: string,
	content: ReminderContent,
	debtorId: string,
	contactId: string | null
): Promise<PreviewOutcome> {
	const errors = checkMergeFields(content);
	if (Object.keys(errors).length) return { kind: 'invalid', errors };
	const context = await loadMergeContext(db, organisationId, debtorId, contactId);
	if (!context) return { kind: 'not_found' };
	try {
		const recipient = context.nom_complet === context.debiteur ? context.debiteur : `${context.nom_complet} (${context.debiteur})`;
		return { kind: 'rendered', recipient, rendered: await renderContent(content, context) };
	} catch (error) {
		if (error instanceof TemplateError) return { kind: 'invalid', errors: { [error.field]: error.message } };
		throw error;
	}
}
