import { error } from '@sveltejs/kit';
import type { Db } from '../db';
import { formValues, parseForm } from '$lib/validation/form';
import { reminderFormSchema } from '$lib/validation/reminders';
import { stateFromPost } from '$lib/reminder-form-values';
import { m } from '$lib/paraglide/messages';
import { isUuid } from '$lib/validation/ids';
import { previewForRecipients } from '../templates/recipients-preview';
import { formError } from '../forms';
import { loadFormContext } from './form-context';

/**
 * The preview action shared by the new and edit pages: renders what the person typed for each
 * ticked recipient, without saving anything.
 */
export async function previewAction(db: Db, organisationId: string, request: Request) {
	const values = formValues(await request.formData());
	const state = stateFromPost(values);
	const debtorId = String(values.debtorId ?? '');
	// The debtor is the page's own hidden field: a malformed one is a form out of date, said on the page.
	if (!isUuid(debtorId)) return formError(400, m.form_stale(), values);
	if (!(await loadFormContext(db, organisationId, debtorId))) error(404, m.error_not_found());
	const parsed = parseForm(reminderFormSchema, values);
	const recipients = Object.entries(state.recipients)
		.filter(([, channels]) => channels.length)
		.map(([contactId, channels]) => ({ contactId, channels }));
	const previews = await previewForRecipients(db, organisationId, debtorId, state, recipients);
	return { previews, values, errors: parsed.ok ? {} : parsed.errors };
}
