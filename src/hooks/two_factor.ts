import { error, redirect, type Handle } from '@sveltejs/kit';
import { requiredBy } from '$lib/server/auth/two-factor';
import { m } from '$lib/paraglide/messages';

const ENROL_PATH = '/compte/double-authentification';

/** What an admin still without the second factor his organisation requires may reach. */
const OPEN_BEFORE_ENROLMENT = new Set([
	'/(app)/compte',
	'/(app)/compte/double-authentification',
	'/(app)/organisation',
	'/(auth)/logout',
	'/langue'
]);

/**
 * An organisation that requires a second factor of its admins: one without it, signed in before
 * or after the rule, reaches nothing else until he has turned it on.
 */
export const twoFactorGate: Handle = async ({ event, resolve }) => {
	const { user, organisation } = event.locals;
	if (
		!user ||
		user.twoFactor ||
		!requiredBy(organisation) ||
		!event.route.id ||
		OPEN_BEFORE_ENROLMENT.has(event.route.id)
	)
		return resolve(event);
	if (event.request.method === 'GET' && !event.route.id.startsWith('/api/')) redirect(303, ENROL_PATH);
	error(403, m.two_factor_required_error());
};
