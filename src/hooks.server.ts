import { sequence } from '@sveltejs/kit/hooks';
import type { ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { database } from '$lib/server/db';
import { prepareDemo } from '$lib/server/demo/startup';
import { i18n } from './hooks/i18n';
import { session } from './hooks/session';
import { organisation } from './hooks/organisation';
import { protectRoutes } from './hooks/protect_routes';

export const init: ServerInit = async () => {
	if (building) return;
	const { db } = await database();
	await prepareDemo(db);
};

export const handle = sequence(i18n, session, organisation, protectRoutes);
