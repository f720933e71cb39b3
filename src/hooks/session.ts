import type { Handle } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/sessions';
import { deleteSessionCookie, setSessionCookie } from '$lib/server/auth/cookies';

export const session: Handle = async ({ event, resolve }) => {
	event.locals.db = (await database()).db;
	event.locals.user = null;
	event.locals.session = null;
	event.locals.organisation = null;
	event.locals.organisations = [];

	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const { session, user, organisations, renewed } = await validateSessionToken(event.locals.db, token);
		if (session) {
			// The cookie already says when the session ends, until it is renewed: sent with every
			// answer, a late one (a sync still on its way) put back a cookie the browser had just dropped.
			if (renewed) setSessionCookie(event.cookies, event.url, token, session.expiresAt);
			event.locals.session = session;
			event.locals.user = user;
			event.locals.organisations = organisations;
		} else {
			deleteSessionCookie(event.cookies, event.url);
		}
	}
	return resolve(event);
};
