import { invalid, formError, readForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';
import { addMemberSchema, memberRoleSchema, memberSchema } from '$lib/validation/members';
import { listMembers } from '$lib/server/organisations/memberships';
import { addMember, changeRole, removeMember, type MemberChange } from '$lib/server/organisations/members-admin';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async ({ locals }) => ({
	members: await listMembers(locals.db, locals.organisation!.id),
	me: locals.user!.id
});

function memberChangeResult(outcome: MemberChange, done: string) {
	if (outcome === 'not_found') return formError(404, m.error_not_found());
	if (outcome === 'last_admin') return formError(400, m.users_last_admin());
	return { done };
}

export const actions: Actions = {
	add: async ({ request, locals }) => {
		const { data: input, failure } = await readForm(request, addMemberSchema);
		if (failure) return failure;
		const outcome = await addMember(locals.db, locals.organisation!.id, input);
		if (outcome.kind === 'already_member')
			return invalid(400, { email: m.users_already_member() }, input);
		if (outcome.kind === 'added') return { done: m.users_added_existing({ email: outcome.email }) };
		return { done: m.users_created({ email: outcome.email, password: outcome.temporaryPassword }) };
	},
	role: async ({ request, locals }) => {
		const { data: input, failure } = await readForm(request, memberRoleSchema, ['userId']);
		if (failure) return failure;
		const outcome = await changeRole(locals.db, locals.organisation!.id, input.userId, input.role);
		return memberChangeResult(outcome, m.users_role_changed());
	},
	remove: async ({ request, locals }) => {
		const { data: input, failure } = await readForm(request, memberSchema, ['userId']);
		if (failure) return failure;
		const outcome = await removeMember(locals.db, locals.organisation!.id, input.userId);
		return memberChangeResult(outcome, m.users_removed());
	}
};
