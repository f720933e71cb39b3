import { error, type Handle } from '@sveltejs/kit';
import { pickActiveOrganisation, switchOrganisation } from '$lib/server/auth/memberships';
import { ORGANISATION_PARAM } from '$lib/organisation-links';
import { isUuid } from '$lib/validation/ids';
import { m } from '$lib/paraglide/messages';

/** What a suspended agency's people may still reach: their account, the switch, signing out. */
const OPEN_WHEN_SUSPENDED = new Set([
	'/(app)/organisation',
	'/(app)/compte',
	'/(app)/compte/double-authentification',
	'/(app)/instance',
	'/(auth)/logout',
	'/langue'
]);

/**
 * The organisation the person works in now, among those the session hook read with his session.
 * A link that names one of his other organisations (a push notification's) moves the session there
 * first, so that it opens what it names instead of « not found ».
 */
export const organisation: Handle = async ({ event, resolve }) => {
	const { user, session } = event.locals;
	if (!user || !session) return resolve(event);
	let active = session.activeOrganisationId;
	const named = event.url.searchParams.get(ORGANISATION_PARAM);
	if (named && isUuid(named) && named !== active && event.locals.organisations.some((o) => o.id === named)) {
		if (await switchOrganisation(event.locals.db, session.id, user.id, named)) active = named;
	}
	event.locals.organisation = pickActiveOrganisation(event.locals.organisations, active);
	if (
		event.locals.organisation?.suspended &&
		event.route.id &&
		!OPEN_WHEN_SUSPENDED.has(event.route.id) &&
		event.route.id.startsWith('/(app)')
	)
		error(403, m.instance_organisation_suspended());
	return resolve(event);
};
