import type { Handle } from '@sveltejs/kit';
import { resolveActiveOrganisation } from '$lib/server/organisations/memberships';

export const organisation: Handle = async ({ event, resolve }) => {
	const { user, session, db } = event.locals;
	if (user && session) {
		event.locals.organisation = await resolveActiveOrganisation(db, user.id, session.activeOrganisationId);
	}
	return resolve(event);
};
