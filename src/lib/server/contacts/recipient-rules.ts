import type { contacts } from '../db/schema';
import type { Channel } from '$lib/validation/reminders';
import type { FieldErrors } from '$lib/validation/form';
import { m } from '$lib/paraglide/messages';

type Contact = typeof contacts.$inferSelect;

/** What decides whether a contact can receive on a channel (and names him when he cannot). */
export type ContactReach = Pick<
	Contact,
	| 'civility'
	| 'firstName'
	| 'lastName'
	| 'email'
	| 'emailCheck'
	| 'emailCheckOverridden'
	| 'consentEmail'
	| 'mobilePhone'
	| 'consentSms'
	| 'addressLine1'
	| 'postalCode'
	| 'city'
	| 'consentLetter'
>;

const displayName = (c: ContactReach) => [c.civility, c.firstName, c.lastName].filter(Boolean).join(' ');

/** Why this contact cannot receive on this channel, or null when he can. */
export function channelProblem(contact: ContactReach, channel: Channel): string | null {
	const name = displayName(contact);
	if (channel === 'email') {
		if (!contact.email) return m.reminders_error_email_missing({ name });
		if (contact.emailCheck && !contact.emailCheckOverridden) return m.reminders_error_email_invalid({ name });
		if (!contact.consentEmail) return m.reminders_error_email_consent({ name });
	}
	if (channel === 'sms') {
		if (!contact.mobilePhone) return m.reminders_error_sms_missing({ name });
		if (!contact.consentSms) return m.reminders_error_sms_consent({ name });
	}
	if (channel === 'letter') {
		if (!contact.addressLine1 || !contact.postalCode || !contact.city)
			return m.reminders_error_letter_missing({ name });
		if (!contact.consentLetter) return m.reminders_error_letter_consent({ name });
	}
	return null;
}

/** Errors keyed by the form's field `channels_<contactId>`, next to the contact they concern. */
export function checkRecipients(
	debtorContacts: Contact[],
	recipients: { contactId: string; channels: Channel[] }[]
): FieldErrors {
	const errors: FieldErrors = {};
	const byId = new Map(debtorContacts.map((c) => [c.id, c]));
	for (const recipient of recipients) {
		const field = `channels_${recipient.contactId}`;
		const contact = byId.get(recipient.contactId);
		if (!contact) {
			errors.recipients ??= m.reminders_error_contact();
			continue;
		}
		const problems = recipient.channels.map((c) => channelProblem(contact, c)).filter((p): p is string => !!p);
		if (problems.length) errors[field] = problems.join(' ');
	}
	return errors;
}
