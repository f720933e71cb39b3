import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { invalid, readForm } from '$lib/server/forms';
import {
	adminTwoFactorSchema,
	bounceFallbackSchema,
	organisationSettingsSchema,
	sendingDaysSchema
} from '$lib/validation/organisation';
import {
	getOrganisationSettings,
	updateAdminTwoFactor,
	updateBounceFallback,
	updateOrganisationSettings
} from '$lib/server/organisations/settings';
import { sendingDaysSettings, updateSendingDays } from '$lib/server/organisations/sending-days';
import { saveLetterSettings } from '$lib/server/letters/settings';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

export const load: PageServerLoad = async ({ locals }) => ({
	settings: await getOrganisationSettings(locals.db, locals.organisation!.id),
	sendingDays: await sendingDaysSettings(locals.db, locals.organisation!.id, getLocale()),
	timeZones: Intl.supportedValuesOf('timeZone').filter(
		(tz) =>
			tz.startsWith('Europe/') || tz.startsWith('America/') || tz.startsWith('Indian/') || tz.startsWith('Pacific/')
	)
});

export const actions: Actions = {
	save: async ({ request, locals }) => {
		const { data, failure } = await readForm(request, organisationSettingsSchema);
		if (failure) return failure;
		await updateOrganisationSettings(locals.db, locals.organisation!.id, data);
		return { done: m.saved() };
	},
	'sending-days': async ({ request, locals }) => {
		const { data, failure, values } = await readForm(request, sendingDaysSchema);
		if (failure) return failure;
		if ((await updateSendingDays(locals.db, locals.organisation!.id, data)) === 'unknown_region')
			return invalid(400, { holidayRegion: m.holidays_region_of_country() }, values);
		return { sendingDaysDone: m.holidays_saved() };
	},
	fallback: async ({ request, locals }) => {
		const { data, failure } = await readForm(request, bounceFallbackSchema);
		if (failure) return failure;
		await updateBounceFallback(locals.db, locals.organisation!.id, data.bounceFallback);
		return { fallbackDone: m.fallback_saved() };
	},
	twoFactor: async ({ request, locals }) => {
		const { data, failure } = await readForm(request, adminTwoFactorSchema);
		if (failure) return failure;
		await updateAdminTwoFactor(locals.db, locals.organisation!.id, data.requireAdminTwoFactor);
		return { twoFactorDone: m.two_factor_org_saved() };
	},
	letters: async ({ request, locals }) => {
		const outcome = await saveLetterSettings(locals.db, locals.organisation!.id, await request.formData());
		if (!outcome.ok) return fail(400, { letters: { errors: outcome.errors, values: outcome.values } });
		return { letters: { done: m.letters_settings_saved() } };
	}
};
