import { sequence } from '@sveltejs/kit/hooks';
import type { HandleServerError, ServerInit } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { building } from '$app/environment';
import { configureZodMessages } from '$lib/validation/zod-messages';
import { database } from '$lib/server/db';
import { prepareDemo } from '$lib/server/demo/startup';
import { startBackground } from '$lib/server/background';
import { config } from '$lib/server/config';
import { i18n } from './hooks/i18n';
import { session } from './hooks/session';
import { organisation } from './hooks/organisation';
import { twoFactorGate } from './hooks/two_factor';
import { protectRoutes } from './hooks/protect_routes';
import { securityHeaders } from './hooks/security_headers';

export const init: ServerInit = async () => {
	if (building) return;
	configureZodMessages();
	const opened = await database();
	await prepareDemo(opened.db);
	// The one place the process's background starts: the queue its requests write jobs into, and
	// the workers, schedules and scheduler's timer where it runs them.
	const background = await startBackground(opened);
	// adapter-node's graceful shutdown (SIGTERM, SIGINT): stop taking jobs, let the running ones
	// finish, then close the database, so that the process can exit.
	process.once('sveltekit:shutdown', async () => {
		await background.stop();
		await opened.close();
	});
};

export const handle = sequence(securityHeaders, i18n, session, organisation, twoFactorGate, protectRoutes);

/** Unexpected errors are logged in full here and reach the person only as a generic message. */
export const handleError: HandleServerError = ({ error, event, status }) => {
	// adapter-node refused the body for its size: say so, with the limit, rather than « an error ».
	if (status === 413) return { message: m.error_too_large({ limit: sizeLabel(config.bodySizeLimit) }) };
	if (status !== 404) console.error(`[${status}] ${event.request.method} ${event.url.pathname}`, error);
	return { message: m.error_generic() };
};

function sizeLabel(bytes: number): string {
	const kb = bytes / 1024;
	const number = (n: number) => new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 1 }).format(n);
	return kb >= 1024 ? m.unit_megabytes({ n: number(kb / 1024) }) : m.unit_kilobytes({ n: number(kb) });
}
