import type { Actions, PageServerLoad } from './$types';
import { formError } from '$lib/server/forms';
import { m } from '$lib/paraglide/messages';
import { vapidKeys } from '$lib/server/push/vapid';
import { pushSettings, setDailySummary } from '$lib/server/push/subscriptions';
import { notifyUsers } from '$lib/server/push/notify';

export const load: PageServerLoad = async ({ locals }) => ({
	vapidPublicKey: (await vapidKeys(locals.db)).publicKey,
	settings: await pushSettings(locals.db, locals.user!.id)
});

export const actions: Actions = {
	summary: async ({ request, locals }) => {
		const enabled = (await request.formData()).get('dailySummary') === 'on';
		await setDailySummary(locals.db, locals.user!.id, enabled);
		return { done: enabled ? m.push_summary_saved_on() : m.push_summary_saved_off() };
	},
	test: async ({ locals }) => {
		const { sent, failed } = await notifyUsers(locals.db, {
			organisationId: locals.organisation!.id,
			userIds: [locals.user!.id],
			payload: {
				title: m.push_test_notification_title(),
				body: m.push_test_notification_body(),
				url: '/notifications',
				tag: 'test'
			}
		});
		if (sent === 0 && failed > 0) return formError(502, m.push_test_failed());
		if (sent === 0) return formError(400, m.push_test_none());
		return { done: sent === 1 ? m.push_test_sent_one() : m.push_test_sent_other({ count: sent }) };
	}
};
