import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { resolveToCheck } from '$lib/server/delivery/resolve';
import { enqueueDeliveries } from '$lib/server/delivery/queue';
import { database } from '$lib/server/db';
import { deliveryRuntime } from '$lib/server/delivery/runtime';
import { failedDeliveriesToday, passSummary, sendingBlock, sendingHistory, todayList, todayProgress } from '$lib/server/delivery/today';
import { getLocale } from '$lib/paraglide/runtime';
import { listRuns } from '$lib/server/scenarios/report';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals }) => {
	const organisationId = locals.organisation!.id;
	const [list, progress, passes, history, failures, scenarioRuns, block] = await Promise.all([
		todayList(locals.db, organisationId),
		todayProgress(locals.db, organisationId),
		passSummary(locals.db, organisationId),
		sendingHistory(locals.db, organisationId),
		failedDeliveriesToday(locals.db, organisationId),
		listRuns(locals.db, organisationId, 1),
		sendingBlock(locals.db, organisationId, { locale: getLocale() })
	]);
	return { list, progress, passes, history, failures, scenarioRuns, block, admin: locals.organisation!.role === 'admin' };
};

export const actions: Actions = {
	/** The one button of seed 002: today's list leaves now, emails, SMS, and letters to print. */
	sendAll: async ({ locals }) => {
		const runtime = await deliveryRuntime(await database());
		const [report] = await runtime.pass({ trigger: 'manual', organisationId: locals.organisation!.id, ignoreHours: true });
		// A pass leaves out an organisation that may not send on this test instance: say so, not « 0 ».
		if (!report) return fail(409, { error: m.today_send_all_held() });
		const started = m.sending_started({ reminders: report.reminders, deliveries: report.deliveries });
		return { done: report.withdrawn ? `${started} ${m.guard_withdrawn({ count: report.withdrawn })}` : started };
	},
	/** A delivery « à vérifier »: the person looked at the provider's logs and says what he saw. */
	resolve: async ({ locals, request }) => {
		const form = await request.formData();
		const decision = form.get('decision');
		const deliveryId = String(form.get('deliveryId') ?? '');
		if ((decision !== 'left' && decision !== 'resend') || !UUID.test(deliveryId)) return fail(400, { error: m.sending_resolve_invalid() });
		const runtime = await deliveryRuntime(await database());
		const done = await resolveToCheck(locals.db, locals.organisation!.id, deliveryId, locals.user!.id, decision, (tx, ids) => enqueueDeliveries(runtime.boss, ids, { tx }));
		if (!done) return fail(404, { error: m.sending_resolve_gone() });
		return { done: decision === 'left' ? m.sending_resolved_left() : m.sending_resolved_resend() };
	}
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
