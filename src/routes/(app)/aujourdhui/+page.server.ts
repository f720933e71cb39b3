import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { resolveToCheck } from '$lib/server/delivery/resolve';
import {
	failedDeliveriesToday,
	passSummary,
	sendingBlock,
	sendingHistory,
	todayList,
	todayProgress
} from '$lib/server/delivery/today';
import { getLocale } from '$lib/paraglide/runtime';
import { listRuns } from '$lib/server/scenarios/run';
import { m } from '$lib/paraglide/messages';
import { startSendAll } from '$lib/server/operations/send';
import { kindsFor, operationLocation, pageOperations } from '$lib/server/operations/operations';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { id: organisationId, role } = locals.organisation!;
	const [list, progress, passes, history, failures, scenarioRuns, block, operations] = await Promise.all([
		todayList(locals.db, organisationId),
		todayProgress(locals.db, organisationId),
		passSummary(locals.db, organisationId),
		sendingHistory(locals.db, organisationId),
		failedDeliveriesToday(locals.db, organisationId),
		listRuns(locals.db, organisationId, 1),
		sendingBlock(locals.db, organisationId, { locale: getLocale() }),
		// The organisation's latest operations of every kind the role may follow, and the bar of a running one.
		pageOperations(locals.db, organisationId, role, kindsFor(role), url)
	]);
	return { list, progress, passes, history, failures, scenarioRuns, block, admin: role === 'admin', ...operations };
};

export const actions: Actions = {
	/** One button: today's list leaves, emails, SMS, and letters to print, by an operation. */
	sendAll: async ({ locals, url }) => {
		const started = await startSendAll(locals.db, { userId: locals.user!.id, organisationId: locals.organisation!.id });
		// An organisation that may not send on this test instance: say so, not « 0 ».
		if (!started.ok)
			return fail(started.reason === 'test_instance' ? 409 : 400, {
				error: started.reason === 'test_instance' ? m.today_send_all_held() : m.operations_nothing_to_send()
			});
		redirect(303, operationLocation(url, started));
	},
	/** A delivery « à vérifier »: the person looked at the provider's logs and says what he saw. */
	resolve: async ({ locals, request }) => {
		const form = await request.formData();
		const decision = form.get('decision');
		const deliveryId = String(form.get('deliveryId') ?? '');
		if ((decision !== 'left' && decision !== 'resend') || !UUID.test(deliveryId))
			return fail(400, { error: m.sending_resolve_invalid() });
		const done = await resolveToCheck(locals.db, locals.organisation!.id, deliveryId, locals.user!.id, decision);
		if (!done) return fail(404, { error: m.sending_resolve_gone() });
		return { done: decision === 'left' ? m.sending_resolved_left() : m.sending_resolved_resend() };
	}
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
