import { error, json } from '@sveltejs/kit';
import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from './$types';
import { config } from '$lib/server/config';
import { schedulerPass } from '$lib/server/delivery/pass';
import { recordWrongSecret, refusedFor, takePass } from '$lib/server/delivery/endpoint-limits';

function authorised(header: string | null): boolean {
	const secret = config.schedulerSecret;
	if (!secret || !header?.startsWith('Bearer ')) return false;
	const given = Buffer.from(header.slice(7));
	const expected = Buffer.from(secret);
	return given.length === expected.length && timingSafeEqual(given, expected);
}

const tooMany = (seconds: number) =>
	json({ error: 'Too many requests' }, { status: 429, headers: { 'retry-after': String(seconds) } });

/** One scheduler pass, for an external cron (every minute is fine: passes never overlap badly). */
export const POST: RequestHandler = async ({ request, locals, getClientAddress }) => {
	const address = getClientAddress();
	const locked = await refusedFor(locals.db, address);
	if (locked !== null) return tooMany(locked);
	if (!authorised(request.headers.get('authorization'))) {
		await recordWrongSecret(locals.db, address);
		error(401, 'Unauthorized');
	}
	const wait = await takePass(locals.db, address);
	if (wait !== null) return tooMany(wait);
	const reports = await schedulerPass(locals.db, { trigger: 'endpoint' });
	return json({ reports });
};
