import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { formError, invalid, readForm } from '$lib/server/forms';
import { scenarioCriteriaSchema, scenarioIdSchema, stepIdSchema, stepSchema } from '$lib/validation/scenarios';
import {
	deleteScenario,
	deleteStep,
	getScenarioView,
	listTemplateChoices,
	saveStep,
	updateCriteria,
	type Write
} from '$lib/server/scenarios/admin';
import { isUuid } from '$lib/validation/ids';
import type { FormValues } from '$lib/validation/form';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals, params }) => {
	const organisationId = locals.organisation!.id;
	const scenario = isUuid(params.id) ? await getScenarioView(locals.db, organisationId, params.id) : null;
	if (!scenario) error(404, m.error_not_found());
	return { scenario, templates: await listTemplateChoices(locals.db, organisationId) };
};

function result(outcome: Write, values: FormValues) {
	if (outcome === 'not_found') return formError(404, m.error_not_found(), values);
	if (outcome === 'template_not_found') return invalid(400, { templateId: m.scenarios_error_template() }, values);
	return { done: m.saved() };
}

/** The scenario and the step the page wrote in its forms, never typed. */
const HIDDEN = ['scenarioId', 'stepId'];

export const actions: Actions = {
	criteria: async ({ request, locals }) => {
		const { data: input, failure, values } = await readForm(request, scenarioCriteriaSchema, HIDDEN);
		if (failure) return failure;
		return result(await updateCriteria(locals.db, locals.organisation!.id, input), values);
	},
	saveStep: async ({ request, locals }) => {
		const { data: input, failure, values } = await readForm(request, stepSchema, HIDDEN);
		if (failure) return failure;
		return result(await saveStep(locals.db, locals.organisation!.id, input), values);
	},
	deleteStep: async ({ request, locals }) => {
		const { data: input, failure, values } = await readForm(request, stepIdSchema, HIDDEN);
		if (failure) return failure;
		return result(await deleteStep(locals.db, locals.organisation!.id, input.scenarioId, input.stepId), values);
	},
	delete: async ({ request, locals }) => {
		const { data: input, failure, values } = await readForm(request, scenarioIdSchema, HIDDEN);
		if (failure) return failure;
		const outcome = await deleteScenario(locals.db, locals.organisation!.id, input.scenarioId);
		if (outcome !== 'ok') return result(outcome, values);
		redirect(303, '/reglages/scenarios');
	}
};
