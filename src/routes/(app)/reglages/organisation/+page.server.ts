import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/forms';
import { organisationSettingsSchema } from '$lib/validation/organisation';
import { getOrganisationSettings, updateOrganisationSettings } from '$lib/server/organisations/settings';
import { saveLetterSettings } from '$lib/server/letters/settings';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals }) => ({
	settings: await getOrganisationSettings(locals.db, locals.organisation!.id),
	timeZones: Intl.supportedValuesOf('timeZone').filter((tz) => tz.startsWith('Europe/') || tz.startsWith('America/') || tz.startsWith('Indian/') || tz.startsWith('Pacific/'))
});

export const actions: Actions = {
	save: async ({ request, locals }) => {
		const { data, failure } = await readForm(request, organisationSettingsSchema);
		if (failure) return failure;
		await updateOrganisationSettings(locals.db, locals.organisation!.id, data);
		return { done: m.saved() };
	},
	letters: async ({ request, locals }) => {
		const outcome = await saveLetterSettings(locals.db, locals.organisation!.id, await request.formData());
		if (!outcome.ok) return fail(400, { letters: { errors: outcome.errors, values: outcome.values } });
		return { letters: { done: m.letters_settings_saved() } };
	}
};
