import type { Actions, PageServerLoad } from './$types';
import { database } from '$lib/server/db';
import { deliveryRuntime } from '$lib/server/delivery/runtime';
import { failedDeliveriesToday, recentPasses, todayList, todayProgress } from '$lib/server/delivery/today';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals }) => {
	const organisationId = locals.organisation!.id;
	const [list, progress, passes, failures] = await Promise.all([
		todayList(locals.db, organisationId),
		todayProgress(locals.db, organisationId),
		recentPasses(locals.db, organisationId),
		failedDeliveriesToday(locals.db, organisationId)
	]);
	return { list, progress, passes, failures };
};

export const actions: Actions = {
	/** The one button of seed 002: today's list leaves now, emails, SMS, and letters to print. */
	sendAll: async ({ locals }) => {
		const runtime = await deliveryRuntime(await database());
		const [report] = await runtime.pass({ trigger: 'manual', organisationId: locals.organisation!.id, ignoreHours: true });
		return { done: m.sending_started({ reminders: report?.reminders ?? 0, deliveries: report?.deliveries ?? 0 }) };
	}
};
