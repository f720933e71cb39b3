import type { Handle } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { deliveryQueue } from '$lib/server/delivery/runtime';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/sessions';
import { deleteSessionCookie, setSessionCookie } from '$lib/server/auth/cookies';

export const session: Handle = async ({ event, resolve }) => {
	const opened = await database();
	event.locals.db = opened.db;
	event.locals.deliveryQueue = deliveryQueue(opened);
	event.locals.user = null;
	event.locals.session = null;
	event.locals.organisation = null;
	event.locals.organisations = [];

	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const { session, user, organisations } = await validateSessionToken(event.locals.db, token);
		if (session) {
			setSessionCookie(event.cookies, event.url, token, session.expiresAt);
			event.locals.session = session;
			event.locals.user = user;
			event.locals.organisations = organisations;
		} else {
			deleteSessionCookie(event.cookies, event.url);
		}
	}
	return resolve(event);
};
