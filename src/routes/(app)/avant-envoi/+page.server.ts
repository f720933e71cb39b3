import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { database } from '$lib/server/db';
import { deliveryRuntime } from '$lib/server/delivery/runtime';
import { beforeRunLists, createReadyReminders, emailTemplates, excludeDebtors, includeDebtors, parseScope } from '$lib/server/lists/before-run';
import { keepEmail, useEmailSuggestion, type ContactWrite } from '$lib/server/contacts/contacts';
import { canAct } from '$lib/server/auth/permissions';
import { m } from '$lib/paraglide/messages';

const ROUTE = '/(app)/avant-envoi';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { id: organisationId, role } = locals.organisation!;
	const scope = parseScope(url.searchParams.get('comptes'));
	const [lists, templates] = await Promise.all([beforeRunLists(locals.db, organisationId, scope), emailTemplates(locals.db, organisationId)]);
	return { lists, templates, accounts: scope.accounts.join(','), canFixEmails: canAct(ROUTE, 'keepEmail', role), canSend: canAct(ROUTE, 'send', role) };
};

/** "one" is the button of a single line; otherwise the ticked boxes of the list. */
async function chosen(request: Request) {
	const form = await request.formData();
	const one = form.get('one');
	return { form, ids: one ? [String(one)] : form.getAll('debtorId').map(String) };
}

function emailFix(outcome: ContactWrite) {
	if (outcome === 'not_found') return fail(404, { error: m.error_not_found() });
	if (outcome === 'no_suggestion') return fail(400, { error: m.contacts_no_suggestion() });
	return { done: m.lists_email_fixed() };
}

export const actions: Actions = {
	exclude: async ({ locals, request }) => {
		const { ids } = await chosen(request);
		if (!ids.length) return fail(400, { error: m.lists_nothing_chosen() });
		const n = await excludeDebtors(locals.db, { userId: locals.user!.id, organisationId: locals.organisation!.id }, ids);
		return { done: m.lists_excluded({ count: n }) };
	},
	include: async ({ locals, request }) => {
		const { ids } = await chosen(request);
		if (!ids.length) return fail(400, { error: m.lists_nothing_chosen() });
		const n = await includeDebtors(locals.db, locals.organisation!.id, ids);
		return { done: m.lists_included({ count: n }) };
	},
	useSuggestion: async ({ locals, request }) => {
		const form = await request.formData();
		return emailFix(await useEmailSuggestion(locals.db, locals.organisation!.id, String(form.get('debtorId')), String(form.get('contactId'))));
	},
	keepEmail: async ({ locals, request }) => {
		const form = await request.formData();
		return emailFix(await keepEmail(locals.db, locals.organisation!.id, String(form.get('debtorId')), String(form.get('contactId'))));
	},
	/** Seed 001's "envoyer les relances": the ready list only, through the ordinary send-now pass. */
	send: async ({ locals, request }) => {
		const { form, ids } = await chosen(request);
		if (!ids.length) return fail(400, { error: m.lists_nothing_chosen() });
		const organisationId = locals.organisation!.id;
		const outcome = await createReadyReminders(
			locals.db,
			{ userId: locals.user!.id, organisationId },
			parseScope(String(form.get('comptes') ?? '')),
			ids,
			String(form.get('templateId') ?? '')
		);
		if (!outcome.ok) return fail(400, { error: outcome.reason === 'template' ? m.lists_choose_template() : m.lists_nothing_ready() });
		let deliveries = 0;
		if (outcome.reminderIds.length) {
			const runtime = await deliveryRuntime(await database());
			const [report] = await runtime.pass({ trigger: 'manual', organisationId, ignoreHours: true, reminderIds: outcome.reminderIds });
			deliveries = report?.deliveries ?? 0;
		}
		return {
			done: m.lists_sent({ reminders: outcome.reminderIds.length, deliveries }),
			pending: outcome.pendingValidation ? m.lists_sent_pending({ count: outcome.pendingValidation }) : null,
			refused: outcome.refused.length
				? `${m.lists_sent_refused({ count: outcome.refused.length })} ${outcome.refused.map((r) => `${r.name} : ${r.reason}`).join(' ; ')}`
				: null
		};
	}
};
