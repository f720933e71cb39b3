import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { contacts, organisations, type ReminderContent } from '../db/schema';
import { loadMergeContext } from '../templates/merge-context';
import { letterInput } from './load';
import { renderLetterPdf } from './pdf';

/**
 * One letter as it will print, dated today: the same layout as the day's PDF, without the
 * blank back page of recto-verso printing, which shows nothing. Null when the debtor or the
 * contact is not the organisation's. Throws a TemplateError for content that does not render.
 */
export async function letterPreviewPdf(
	db: DbOrTx,
	organisationId: string,
	input: { content: ReminderContent; registered: boolean; debtorId: string; contactId: string | null }
): Promise<Uint8Array | null> {
	const context = await loadMergeContext(db, organisationId, input.debtorId, input.contactId);
	if (!context) return null;
	const [[organisation], [contact]] = await Promise.all([
		db.select().from(organisations).where(eq(organisations.id, organisationId)),
		input.contactId
			? db
					.select()
					.from(contacts)
					.where(and(eq(contacts.id, input.contactId), eq(contacts.organisationId, organisationId)))
			: [null]
	]);
	if (!organisation) return null;
	return renderLetterPdf([
		letterInput({
			organisation,
			contact: contact ?? null,
			context,
			content: input.content,
			registered: input.registered
		})
	]);
}
