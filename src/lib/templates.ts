import type { RecipientPreview } from '$lib/previews';

/** A template as its editor shows and posts it. */
export interface TemplateFields {
	name: string;
	shortDescription: string;
	description: string;
	requiresValidation: boolean;
	keep: boolean;
	groupId: string | null;
	channels: string[];
	emailSubject: string;
	emailHeader: string;
	emailBody: string;
	emailFooter: string;
	smsText: string;
	letterSubject: string;
	letterBody: string;
	registered: boolean;
}

/** A debtor the editor can preview a template for, with the contacts it could go to. */
export interface PreviewDebtor {
	id: string;
	name: string;
	accountNumber: string;
	contacts: { id: string; name: string; role: string }[];
}

export type TemplatePreview = { recipient: string; preview: RecipientPreview };
