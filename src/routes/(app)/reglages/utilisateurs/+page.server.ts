import { eq } from 'drizzle-orm';
import { invalid, formError, readForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';
import { invitationSchema, inviteSchema, memberRoleSchema, memberSchema } from '$lib/validation/members';
import { listMembers } from '$lib/server/auth/memberships';
import { changeRole, removeMember, type MemberChange } from '$lib/server/organisations/members-admin';
import {
	invite,
	listPendingInvitations,
	resendInvitation,
	revokeInvitation,
	type InvitationSending
} from '$lib/server/organisations/invitations';
import { organisations } from '$lib/server/db/schema';
import { m } from '$lib/paraglide/messages';
import type { FormValues } from '$lib/validation/form';

export const load: PageServerLoad = async ({ locals }) => {
	const { id } = locals.organisation!;
	const [org] = await locals.db
		.select({ timezone: organisations.timezone })
		.from(organisations)
		.where(eq(organisations.id, id));
	return {
		members: await listMembers(locals.db, id),
		invitations: await listPendingInvitations(locals.db, id),
		timezone: org.timezone,
		me: locals.user!.id
	};
};

function memberChangeResult(outcome: MemberChange, done: string) {
	if (outcome === 'not_found') return formError(404, m.error_not_found());
	if (outcome === 'last_admin') return formError(400, m.users_last_admin());
	return { done };
}

/** The invite form keeps what was typed when the invitation is refused for its address. */
function sendingResult(outcome: InvitationSending, values: FormValues = {}) {
	switch (outcome.kind) {
		case 'sent':
			return { done: m.invitations_sent({ email: outcome.email }) };
		case 'resent':
			return { done: m.invitations_resent({ email: outcome.email }) };
		case 'send_failed':
			return formError(502, m.invitations_send_failed({ email: outcome.email }));
		case 'already_member':
			return invalid(400, { email: m.users_already_member() }, values);
		case 'already_invited':
			return invalid(400, { email: m.invitations_already_invited() }, values);
		case 'not_found':
			return formError(404, m.error_not_found());
		case 'throttled':
			return formError(429, m.invitations_throttled({ minutes: Math.ceil(outcome.retryAfterSeconds / 60) }), values);
	}
}

export const actions: Actions = {
	invite: async ({ request, locals, url }) => {
		const { data: input, failure, values } = await readForm(request, inviteSchema);
		if (failure) return failure;
		return sendingResult(await invite(locals.db, locals.organisation!.id, input, url.origin), values);
	},
	resend: async ({ request, locals, url }) => {
		const { data: input, failure } = await readForm(request, invitationSchema, ['invitationId']);
		if (failure) return failure;
		return sendingResult(await resendInvitation(locals.db, locals.organisation!.id, input.invitationId, url.origin));
	},
	revoke: async ({ request, locals }) => {
		const { data: input, failure } = await readForm(request, invitationSchema, ['invitationId']);
		if (failure) return failure;
		const outcome = await revokeInvitation(locals.db, locals.organisation!.id, input.invitationId);
		return outcome === 'ok' ? { done: m.invitations_revoked() } : formError(404, m.error_not_found());
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
