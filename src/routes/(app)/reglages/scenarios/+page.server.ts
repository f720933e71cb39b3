import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formError, invalid, readForm } from '$lib/server/forms';
import { scenarioCreateSchema, scenarioSettingsSchema } from '$lib/validation/scenarios';
import { createScenario, getSettings, listMembers, listScenarioViews, saveSettings } from '$lib/server/scenarios/admin';
import { listGroups } from '$lib/server/debtors/groups';
import { listRuns } from '$lib/server/scenarios/run';
import { startScenarioRun } from '$lib/server/operations/scenario-run';
import { operationLocation, pageOperations } from '$lib/server/operations/operations';
import { config } from '$lib/server/config';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { id: organisationId, role } = locals.organisation!;
	const [scenarios, groups, settings, members, runs, operations] = await Promise.all([
		listScenarioViews(locals.db, organisationId),
		listGroups(locals.db, organisationId),
		getSettings(locals.db, organisationId),
		listMembers(locals.db, organisationId),
		listRuns(locals.db, organisationId, 10),
		pageOperations(locals.db, organisationId, role, ['scenario_run'], url)
	]);
	const taken = new Set(scenarios.map((s) => s.groupId));
	return {
		scenarios,
		freeGroups: groups.filter((g) => !taken.has(g.id)),
		hasDefault: taken.has(null),
		settings,
		members,
		runs,
		testInstance: config.testInstance,
		...operations
	};
};

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const { data: input, failure, values } = await readForm(request, scenarioCreateSchema);
		if (failure) return failure;
		const { outcome, id } = await createScenario(locals.db, locals.organisation!.id, input);
		if (outcome === 'not_found') return formError(404, m.error_not_found(), values);
		if (outcome === 'duplicate') return invalid(400, { groupId: m.scenarios_error_duplicate() }, values);
		redirect(303, `/reglages/scenarios/${id}`);
	},
	settings: async ({ request, locals }) => {
		const { data: input, failure } = await readForm(request, scenarioSettingsSchema);
		if (failure) return failure;
		await saveSettings(locals.db, locals.organisation!.id, input);
		return { done: m.saved() };
	},
	/** « Lancer maintenant »: the run goes on as an operation, its progress on the page. */
	run: async ({ locals, url }) => {
		const started = await startScenarioRun(locals.db, {
			userId: locals.user!.id,
			organisationId: locals.organisation!.id
		});
		if (!started.ok) return formError(404, m.error_not_found());
		redirect(303, operationLocation(url, started));
	}
};
