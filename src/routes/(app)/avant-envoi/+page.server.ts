import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import {
	beforeRunLists,
	countScopeDebtors,
	DEBTOR_PAGE_SIZE,
	emailTemplates,
	excludeDebtors,
	includeDebtors,
	parseScope
} from '$lib/server/lists/before-run';
import {
	countDueReminders,
	countReadyBeyondShown,
	dueReminderLists,
	DUE_LIST_LIMIT,
	holdReminders
} from '$lib/server/lists/due-reminders';
import { startSendDebtors, startSendDue, type Started } from '$lib/server/operations/send';
import { operationLocation, pageOperations } from '$lib/server/operations/operations';
import { keepEmail, useEmailSuggestion, type ContactWrite } from '$lib/server/contacts/contacts';
import { canAct } from '$lib/server/auth/permissions';
import { m } from '$lib/paraglide/messages';
import { isUuid } from '$lib/validation/ids';

const ROUTE = '/(app)/avant-envoi';

/**
 * The day's reminders by default (nothing to choose); the debtors with an overdue
 * invoice (?impayes) or a chosen set of accounts (?comptes=A,B), to write new reminders for.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { id: organisationId, role } = locals.organisation!;
	const canFixEmails = canAct(ROUTE, 'keepEmail', role);
	const scope = parseScope(url.searchParams.get('comptes'), url.searchParams.get('page'));
	if (!scope.accounts.length && !url.searchParams.has('impayes')) {
		const [due, dueTotal, operations] = await Promise.all([
			dueReminderLists(locals.db, organisationId),
			countDueReminders(locals.db, organisationId),
			pageOperations(locals.db, organisationId, role, ['send_due'], url)
		]);
		// The ready ones past those shown leave with the shown ones: the button counts them.
		const readyBeyond = dueTotal > DUE_LIST_LIMIT ? await countReadyBeyondShown(locals.db, organisationId) : 0;
		return {
			mode: 'due' as const,
			due,
			dueTotal,
			dueShown: Math.min(dueTotal, DUE_LIST_LIMIT),
			readyBeyond,
			canFixEmails,
			canSend: canAct(ROUTE, 'sendDue', role),
			...operations
		};
	}
	const [lists, total, templates, operations] = await Promise.all([
		beforeRunLists(locals.db, organisationId, scope),
		countScopeDebtors(locals.db, organisationId, scope),
		emailTemplates(locals.db, organisationId),
		pageOperations(locals.db, organisationId, role, ['send_debtors'], url)
	]);
	const pages = Math.max(1, Math.ceil(total / DEBTOR_PAGE_SIZE));
	return {
		mode: 'debtors' as const,
		lists,
		templates,
		accounts: scope.accounts.join(','),
		page: scope.page ?? 1,
		pages,
		total,
		canFixEmails,
		canSend: canAct(ROUTE, 'send', role),
		...operations
	};
};

/** A refusal says why next to the button; an operation started or joined shows on the page, named in its address. */
function answer(started: Started, url: URL, nothingReady: string) {
	if (!started.ok) {
		const error = {
			test_instance: m.today_send_all_held(),
			nothing_ready: nothingReady,
			template: m.lists_choose_template()
		}[started.reason];
		return fail(started.reason === 'test_instance' ? 409 : 400, { error });
	}
	redirect(303, operationLocation(url, started, ['impayes', 'comptes', 'page']));
}

/** "one" is the button of a single line; otherwise the ticked boxes of the list. */
async function chosen(request: Request, field = 'debtorId') {
	const form = await request.formData();
	const one = form.get('one');
	return { form, ids: one ? [String(one)] : form.getAll(field).map(String) };
}

async function hold(locals: App.Locals, request: Request, held: boolean) {
	const { ids } = await chosen(request, 'reminderId');
	if (!ids.length) return fail(400, { error: m.lists_nothing_chosen_reminder() });
	const n = await holdReminders(
		locals.db,
		{ userId: locals.user!.id, organisationId: locals.organisation!.id },
		ids,
		held
	);
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
		const n = await excludeDebtors(
			locals.db,
			{ userId: locals.user!.id, organisationId: locals.organisation!.id },
			ids
		);
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
	/**
	 * The day's ready reminders, now and whatever the hours, held ones and the other lists left
	 * alone; with « beyond », also the ready ones past those the page shows. The answer comes at
	 * once: an operation sends them, its progress on the page.
	 */
	sendDue: async ({ locals, request, url }) => {
		const { form, ids } = await chosen(request, 'reminderId');
		const beyondShown = form.get('beyond') === '1';
		if (!ids.length && !beyondShown) return fail(400, { error: m.lists_nothing_chosen_reminder() });
		return answer(
			await startSendDue(locals.db, { userId: locals.user!.id, organisationId: locals.organisation!.id }, ids, {
				beyondShown
			}),
			url,
			m.lists_nothing_ready_reminder()
		);
	},
	/** « Envoyer les relances »: the ready list only, each debtor a reminder, sent by an operation. */
	send: async ({ locals, request, url }) => {
		const { form, ids } = await chosen(request);
		if (!ids.length) return fail(400, { error: m.lists_nothing_chosen() });
		const actor = { userId: locals.user!.id, organisationId: locals.organisation!.id };
		return answer(
			await startSendDebtors(
				locals.db,
				actor,
				parseScope(String(form.get('comptes') ?? '')),
				ids,
				String(form.get('templateId') ?? '')
			),
			url,
			m.lists_nothing_ready()
		);
	}
};
