import type { DbOrTx } from '../db';
import type { ReminderContent } from '../db/schema';
import { CHANNELS } from '$lib/validation/reminders';
import type { RecipientPreview } from '$lib/previews';
import { loadRecipients, mergeKey } from './merge-context';
import { renderContent } from './render';
import { composeEmail, composeSms } from './compose';

export type { RecipientPreview };

/**
 * What each recipient will receive, composed by the delivery's own functions: the email's very
 * document with its From and To, the SMS as it leaves, the letter's text (its PDF is a route).
 */
export async function previewForRecipients(
	db: DbOrTx,
	organisationId: string,
	debtorId: string,
	content: ReminderContent,
	recipients: { contactId: string | null; channels: readonly string[] }[]
): Promise<RecipientPreview[]> {
	const { organisation, recipients: found } = await loadRecipients(
		db,
		organisationId,
		recipients.map((r) => ({ debtorId, contactId: r.contactId }))
	);
	if (!organisation) return [];
	const previews: RecipientPreview[] = [];
	for (const { contactId, channels: asked } of recipients) {
		const channels = CHANNELS.filter((c) => asked.includes(c));
		const recipient = found.get(mergeKey(debtorId, contactId));
		if (!recipient) continue;
		const { context, contact } = recipient;
		const preview: RecipientPreview = {
			contactId,
			debtorId,
			name: context.nom_complet,
			channels,
			email: null,
			sms: null,
			letter: null,
			error: null
		};
		try {
			if (channels.includes('email')) {
				const email = composeEmail(organisation, contact?.email ?? '', content, context);
				preview.email = { ...email, replyTo: email.replyTo ?? null, to: email.to || null };
			}
			if (channels.includes('sms')) {
				const sms = composeSms(organisation, contact?.mobilePhone ?? '', content, context);
				preview.sms = { ...sms, to: sms.to || null };
			}
			if (channels.includes('letter')) preview.letter = { text: (await renderContent(content, context)).letterText };
		} catch (error) {
			Object.assign(preview, {
				email: null,
				sms: null,
				letter: null,
				error: error instanceof Error ? error.message : String(error)
			});
		}
		previews.push(preview);
	}
	return previews;
}
