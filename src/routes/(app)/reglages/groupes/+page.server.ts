import { formError, invalid, readForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';
import { groupIdSchema, groupRenameSchema, groupSchema } from '$lib/validation/debtors';
import { createGroup, deleteGroup, listGroups, renameGroup, type GroupWrite } from '$lib/server/debtors/groups';
import type { FormValues } from '$lib/validation/form';
import { deleteScenarioOfGroup } from '$lib/server/scenarios/admin';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals }) => ({
	groups: await listGroups(locals.db, locals.organisation!.id)
});

function groupResult(outcome: GroupWrite, done: string, values: FormValues) {
	if (outcome === 'not_found') return formError(404, m.error_not_found());
	if (outcome === 'duplicate_name') return invalid(400, { name: m.groups_name_taken() }, values);
	return { done };
}

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const { data: input, failure, values } = await readForm(request, groupSchema);
		if (failure) return failure;
		return groupResult(await createGroup(locals.db, locals.organisation!.id, input.name), m.groups_created(), values);
	},
	rename: async ({ request, locals }) => {
		const { data: input, failure, values } = await readForm(request, groupRenameSchema, ['groupId']);
		if (failure) return failure;
		const outcome = await renameGroup(locals.db, locals.organisation!.id, input.groupId, input.name);
		return groupResult(outcome, m.groups_renamed(), values);
	},
	delete: async ({ request, locals }) => {
		const { data: input, failure, values } = await readForm(request, groupIdSchema, ['groupId']);
		if (failure) return failure;
		await deleteScenarioOfGroup(locals.db, locals.organisation!.id, input.groupId);
		return groupResult(
			await deleteGroup(locals.db, locals.organisation!.id, input.groupId),
			m.groups_deleted(),
			values
		);
	}
};
