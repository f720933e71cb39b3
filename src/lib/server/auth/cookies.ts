import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE } from './sessions';
import { LOGIN_CHALLENGE_COOKIE, LOGIN_CHALLENGE_PATH } from './login-challenge';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Every flag set explicitly: a browser default is not a security decision. */
export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: !LOCAL_HOSTS.has(url.hostname),
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(SESSION_COOKIE, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: !LOCAL_HOSTS.has(url.hostname)
	});
}

/** A login waiting for its second factor, with the session cookie's flags. */
export function setLoginChallengeCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date): void {
	cookies.set(LOGIN_CHALLENGE_COOKIE, token, {
		path: LOGIN_CHALLENGE_PATH,
		httpOnly: true,
		sameSite: 'lax',
		secure: !LOCAL_HOSTS.has(url.hostname),
		expires: expiresAt
	});
}

export function deleteLoginChallengeCookie(cookies: Cookies, url: URL): void {
	cookies.delete(LOGIN_CHALLENGE_COOKIE, {
		path: LOGIN_CHALLENGE_PATH,
		httpOnly: true,
		sameSite: 'lax',
		secure: !LOCAL_HOSTS.has(url.hostname)
	});
}
