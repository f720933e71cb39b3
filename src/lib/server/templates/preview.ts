import type { DbOrTx } from '../db';
import type { ReminderContent } from '../db/schema';
import type { FieldErrors } from '$lib/validation/form';
import { CHANNELS } from '$lib/validation/reminders';
import type { RecipientPreview } from '$lib/previews';
import { loadMergeContext } from './merge-context';
import { checkMergeFields, renderContent, TemplateError } from './render';
import { previewForRecipients } from './recipients-preview';

export type PreviewOutcome =
	| { kind: 'rendered'; recipient: string; preview: RecipientPreview }
	| { kind: 'invalid'; errors: FieldErrors }
	| { kind: 'not_found' };

/** The channels a content has something to say on: a template is previewed on each of them. */
const written = (content: ReminderContent) =>
	CHANNELS.filter((c) =>
		(c === 'email'
			? content.emailSubject || content.emailBody
			: c === 'sms'
				? content.smsText
				: content.letterBody
		).trim()
	);

/** A template's content, saved or being typed, as one recipient of this organisation would receive it. */
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
		// Rendered once here for the field a problem is in, which the recipients' previews only word.
		await renderContent(content, context);
		const [preview] = await previewForRecipients(db, organisationId, debtorId, content, [
			{ contactId, channels: written(content) }
		]);
		const recipient =
			context.nom_complet === context.debiteur ? context.debiteur : `${context.nom_complet} (${context.debiteur})`;
		return { kind: 'rendered', recipient, preview };
	} catch (error) {
		if (error instanceof TemplateError) return { kind: 'invalid', errors: { [error.field]: error.message } };
		throw error;
	}
}
