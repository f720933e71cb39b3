import { error, json } from '@sveltejs/kit';
import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from './$types';
import { config } from '$lib/server/config';
import { database } from '$lib/server/db';
import { deliveryRuntime } from '$lib/server/delivery/runtime';

function authorised(header: string | null): boolean {
	const secret = config.schedulerSecret;
	if (!secret || !header?.startsWith('Bearer ')) return false;
	const given = Buffer.from(header.slice(7));
	const expected = Buffer.from(secret);
	return given.length === expected.length && timingSafeEqual(given, expected);
}

/** One scheduler pass, for an external cron (every minute is fine: passes never overlap badly). */
export const POST: RequestHandler = async ({ request }) => {
	if (!authorised(request.headers.get('authorization'))) error(401, 'Unauthorized');
	const runtime = await deliveryRuntime(await database());
	const reports = await runtime.pass({ trigger: 'endpoint' });
	return json({ reports });
};
