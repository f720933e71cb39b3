import type { DbOrTx } from '../db';
import type { ReminderContent } from '../db/schema';
import { loadMergeContexts, mergeKey } from '../templates/merge-context';
import { renderContent, type RenderedContent } from '../templates/render';

export interface RecipientPreview {
	contactId: string;
	name: string;
	channels: string[];
	rendered: RenderedContent | null;
	error: string | null;
}

/** The content as each recipient will read it (civility, names, amounts…), rendered on the server. */
export async function previewForRecipients(
	db: DbOrTx,
	organisationId: string,
	debtorId: string,
	content: ReminderContent,
	recipients: { contactId: string; channels: string[] }[]
): Promise<RecipientPreview[]> {
	const contexts = await loadMergeContexts(db, organisationId, recipients.map((r) => ({ debtorId, contactId: r.contactId })));
	const previews: RecipientPreview[] = [];
	for (const recipient of recipients) {
		const context = contexts.get(mergeKey(debtorId, recipient.contactId));
		if (!context) continue;
		try {
			const rendered = await renderContent(content, context);
			previews.push({ contactId: recipient.contactId, name: context.nom_complet, channels: recipient.channels, rendered, error: null });
		} catch (error) {
			previews.push({
				contactId: recipient.contactId,
				name: context.nom_complet,
				channels: recipient.channels,
				rendered: null,
				error: error instanceof Error ? error.message : String(error)
			});
		}
	}
	return previews;
}
