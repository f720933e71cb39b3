import type { Handle } from '@sveltejs/kit';
import { listUserOrganisations, pickActiveOrganisation } from '$lib/server/organisations/memberships';

export const organisation: Handle = async ({ event, resolve }) => {
	const { user, session, db } = event.locals;
	if (user && session) {
		event.locals.organisations = await listUserOrganisations(db, user.id);
		event.locals.organisation = pickActiveOrganisation(event.locals.organisations, session.activeOrganisationId);
	}
	return resolve(event);
};
