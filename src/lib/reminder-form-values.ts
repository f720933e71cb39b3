import type { FormValues } from '$lib/validation/form';
import { CHANNELS, type Channel } from '$lib/validation/reminders';

/** What the reminder form shows: from the database, a template, or what the person posted. */
export interface ReminderFormState {
	templateId: string;
	sendDate: string;
	shortDescription: string;
	description: string;
	requiresValidation: boolean;
	keep: boolean;
	/** The person confirmed saving it for a debtor who owes nothing. */
	owesNothingConfirmed?: boolean;
	groupId: string;
	immediate: boolean;
	emailSubject: string;
	emailHeader: string;
	emailBody: string;
	emailFooter: string;
	smsText: string;
	letterSubject: string;
	letterBody: string;
	registered: boolean;
	recipients: Record<string, Channel[]>;
	version: number | null;
}

const str = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
const ticked = (v: string | string[] | undefined) => str(v) === 'on' || str(v) === 'true';

export function stateFromPost(values: FormValues): ReminderFormState {
	const recipients: Record<string, Channel[]> = {};
	for (const [key, value] of Object.entries(values))
		if (key.startsWith('channels_'))
			recipients[key.slice(9)] = [value]
				.flat()
				.filter((c): c is Channel => (CHANNELS as readonly string[]).includes(c));
	return {
		templateId: str(values.templateId),
		sendDate: str(values.sendDate),
		shortDescription: str(values.shortDescription),
		description: str(values.description),
		requiresValidation: ticked(values.requiresValidation),
		keep: ticked(values.keep),
		owesNothingConfirmed: ticked(values.owesNothingConfirmed),
		groupId: str(values.groupId),
		immediate: ticked(values.immediate),
		emailSubject: str(values.emailSubject),
		emailHeader: str(values.emailHeader),
		emailBody: str(values.emailBody),
		emailFooter: str(values.emailFooter),
		smsText: str(values.smsText),
		letterSubject: str(values.letterSubject),
		letterBody: str(values.letterBody),
		registered: ticked(values.registered),
		recipients,
		version: values.version ? Number(str(values.version)) : null
	};
}
