import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { database } from '$lib/server/db';
import { deliveryRuntime } from '$lib/server/delivery/runtime';
import { beforeRunLists, countScopeDebtors, createReadyReminders, DEBTOR_PAGE_SIZE, emailTemplates, excludeDebtors, includeDebtors, parseScope } from '$lib/server/lists/before-run';
import { countDueReminders, dueReminderLists, DUE_LIST_LIMIT, holdReminders, readyReminderIds } from '$lib/server/lists/due-reminders';
import { keepEmail, useEmailSuggestion, type ContactWrite } from '$lib/server/contacts/contacts';
import { canAct } from '$lib/server/auth/permissions';
import { m } from '$lib/paraglide/messages';
import { isUuid } from '$lib/validation/ids';

const ROUTE = '/(app)/avant-envoi';

/**
 * The day's reminders by default (seed 002: nothing to choose); the debtors with an overdue
 * invoice (?impayes) or a chosen set of accounts (?comptes=A,B), to write new reminders for.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { id: organisationId, role } = locals.organisation!;
	const canFixEmails = canAct(ROUTE, 'keepEmail', role);
	const scope = parseScope(url.searchParams.get('comptes'), url.searchParams.get('page'));
	if (!scope.accounts.length && !url.searchParams.has('impayes')) {
		const [due, dueTotal] = await Promise.all([dueReminderLists(locals.db, organisationId), countDueReminders(locals.db, organisationId)]);
		return { mode: 'due' as const, due, dueTotal, dueShown: Math.min(dueTotal, DUE_LIST_LIMIT), canFixEmails, canSend: canAct(ROUTE, 'sendDue', role) };
	}
	const [lists, total, templates] = await Promise.all([
		beforeRunLists(locals.db, organisationId, scope),
		countScopeDebtors(locals.db, organisationId, scope),
		emailTemplates(locals.db, organisationId)
	]);
	const pages = Math.max(1, Math.ceil(total / DEBTOR_PAGE_SIZE));
	return { mode: 'debtors' as const, lists, templates, accounts: scope.accounts.join(','), page: scope.page ?? 1, pages, total, canFixEmails, canSend: canAct(ROUTE, 'send', role) };
};

/** "one" is the button of a single line; otherwise the ticked boxes of the list. */
async function chosen(request: Request, field = 'debtorId') {
	const form = await request.formData();
	const one = form.get('one');
	return { form, ids: one ? [String(one)] : form.getAll(field).map(String) };
}

async function hold(locals: App.Locals, request: Request, held: boolean) {
	const { ids } = await chosen(request, 'reminderId');
	if (!ids.length) return fail(400, { error: m.lists_nothing_chosen_reminder() });
	const n = await holdReminders(locals.db, { userId: locals.user!.id, organisationId: locals.organisation!.id }, ids, held);
	return { done: held ? m.lists_held({ count: n }) : m.lists_released({ count: n }) };
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
		const [debtorId, contactId] = [String(form.get('debtorId')), String(form.get('contactId'))];
		if (!isUuid(debtorId) || !isUuid(contactId)) return fail(400, { error: m.form_stale() });
		return emailFix(await useEmailSuggestion(locals.db, locals.organisation!.id, debtorId, contactId));
	},
	keepEmail: async ({ locals, request }) => {
		const form = await request.formData();
		const [debtorId, contactId] = [String(form.get('debtorId')), String(form.get('contactId'))];
		if (!isUuid(debtorId) || !isUuid(contactId)) return fail(400, { error: m.form_stale() });
		return emailFix(await keepEmail(locals.db, locals.organisation!.id, debtorId, contactId));
	},
	hold: ({ locals, request }) => hold(locals, request, true),
	release: ({ locals, request }) => hold(locals, request, false),
	/** The day's ready reminders, now and whatever the hours: held ones and the other lists stay. */
	sendDue: async ({ locals, request }) => {
		const { ids } = await chosen(request, 'reminderId');
		if (!ids.length) return fail(400, { error: m.lists_nothing_chosen_reminder() });
		const organisationId = locals.organisation!.id;
		const ready = await readyReminderIds(locals.db, organisationId, ids);
		if (!ready.length) return fail(400, { error: m.lists_nothing_ready_reminder() });
		const runtime = await deliveryRuntime(await database());
		const [report] = await runtime.pass({ trigger: 'manual', organisationId, ignoreHours: true, reminderIds: ready });
		const sent = m.lists_sent_due({ reminders: report?.reminders ?? 0, deliveries: report?.deliveries ?? 0 });
		return { done: report?.withdrawn ? `${sent} ${m.guard_withdrawn({ count: report.withdrawn })}` : sent };
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
