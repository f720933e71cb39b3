import type { ReminderFormState } from '$lib/reminder-form-values';
import type { Channel } from '$lib/validation/reminders';
import type { templates } from '../db/schema';
import { channelProblem } from '../contacts/recipient-rules';
import type { loadFormContext } from './form-context';
import type { ReminderDetail } from './queries';

type FormContext = NonNullable<Awaited<ReturnType<typeof loadFormContext>>>;
type Template = typeof templates.$inferSelect;

/**
 * A new reminder's form, prefilled by a template when one is chosen: its options, its content,
 * and its channels ticked for each reminder contact who can receive them.
 */
export function stateForNew(context: FormContext, template: Template | null): ReminderFormState {
	const channels = (template?.channels ?? ['email']) as Channel[];
	const recipients: Record<string, Channel[]> = {};
	for (const contact of context.contacts) {
		if (contact.role !== 'relance') continue;
		const usable = channels.filter((c) => channelProblem(contact, c) === null);
		if (usable.length) recipients[contact.id] = usable;
	}
	const groupId = template?.groupId && context.groups.some((g) => g.id === template.groupId) ? template.groupId : '';
	return {
		templateId: template?.id ?? '',
		sendDate: context.today,
		shortDescription: template?.shortDescription ?? '',
		description: template?.description ?? '',
		requiresValidation: template?.requiresValidation ?? false,
		keep: template?.keep ?? false,
		groupId,
		immediate: false,
		emailSubject: template?.emailSubject ?? '',
		emailHeader: template?.emailHeader ?? '',
		emailBody: template?.emailBody ?? '',
		emailFooter: template?.emailFooter ?? '',
		smsText: template?.smsText ?? '',
		letterSubject: template?.letterSubject ?? '',
		letterBody: template?.letterBody ?? '',
		registered: template?.registered ?? false,
		recipients,
		version: null
	};
}

export function stateForExisting(detail: ReminderDetail): ReminderFormState {
	const r = detail.reminder;
	return {
		templateId: r.templateId ?? '',
		sendDate: r.sendDate,
		shortDescription: r.shortDescription,
		description: r.description,
		requiresValidation: r.requiresValidation,
		keep: r.keep,
		groupId: r.groupId ?? '',
		immediate: r.immediate,
		registered: r.registered,
		...r.content,
		letterSubject: r.content.letterSubject ?? '',
		recipients: Object.fromEntries(detail.recipients.map((x) => [x.contact.id, x.channels as Channel[]])),
		version: r.version
	};
}
