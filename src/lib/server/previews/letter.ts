import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { reminderRecipients, reminders } from '../db/schema';
import { formValues, parseForm } from '$lib/validation/form';
import { letterPreviewSchema } from '$lib/validation/templates';
import { letterPreviewPdf } from '../letters/preview';
import { TemplateError } from '../templates/render';
import { m } from '$lib/paraglide/messages';

export type LetterPdf = { kind: 'pdf'; pdf: Uint8Array } | { kind: 'not_found' } | { kind: 'invalid'; message: string };

async function render(
	db: DbOrTx,
	organisationId: string,
	input: Parameters<typeof letterPreviewPdf>[2]
): Promise<LetterPdf> {
	try {
		const pdf = await letterPreviewPdf(db, organisationId, input);
		return pdf ? { kind: 'pdf', pdf } : { kind: 'not_found' };
	} catch (error) {
		if (error instanceof TemplateError) return { kind: 'invalid', message: error.message };
		throw error;
	}
}

/** A saved reminder's letter to one of its recipients; another organisation's reminder is not found. */
export async function reminderLetterPdf(
	db: DbOrTx,
	organisationId: string,
	reminderId: string,
	contactId: string
): Promise<LetterPdf> {
	const [row] = await db
		.select({ content: reminders.content, registered: reminders.registered, debtorId: reminders.debtorId })
		.from(reminders)
		.innerJoin(
			reminderRecipients,
			and(eq(reminderRecipients.reminderId, reminders.id), eq(reminderRecipients.contactId, contactId))
		)
		.where(and(eq(reminders.id, reminderId), eq(reminders.organisationId, organisationId)));
	if (!row) return { kind: 'not_found' };
	return render(db, organisationId, {
		content: row.content,
		registered: row.registered,
		debtorId: row.debtorId,
		contactId
	});
}

/** The letter of content being typed, for a debtor (and contact) of the organisation, from a form's post. */
export async function typedLetterPdf(db: DbOrTx, organisationId: string, request: Request): Promise<LetterPdf> {
	const form = await request.formData().catch(() => null);
	if (!form) return { kind: 'invalid', message: m.error_form() };
	const parsed = parseForm(letterPreviewSchema, formValues(form));
	if (!parsed.ok) return { kind: 'invalid', message: Object.values(parsed.errors).join(' ') };
	const { letterFor, registered, ...content } = parsed.data;
	return render(db, organisationId, { content, registered, ...letterFor });
}

/** The PDF answered inline, to be drawn on the page or opened by the browser, never kept by a cache. */
export function letterPdfResponse(letter: LetterPdf, notFound: string): Response {
	if (letter.kind === 'pdf')
		return new Response(new Uint8Array(letter.pdf), {
			headers: {
				'content-type': 'application/pdf',
				'content-disposition': 'inline; filename="courrier.pdf"',
				'cache-control': 'private, no-store'
			}
		});
	const [status, message] = letter.kind === 'not_found' ? [404, notFound] : [422, letter.message];
	return new Response(message, {
		status,
		headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' }
	});
}
