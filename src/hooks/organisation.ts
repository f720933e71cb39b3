import type { Handle } from '@sveltejs/kit';
import { pickActiveOrganisation } from '$lib/server/organisations/memberships';

/** The organisation the person works in now, among those the session hook read with his session. */
export const organisation: Handle = async ({ event, resolve }) => {
	const { user, session } = event.locals;
	if (user && session) event.locals.organisation = pickActiveOrganisation(event.locals.organisations, session.activeOrganisationId);
	return resolve(event);
};
