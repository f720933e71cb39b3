import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { todayProgress } from '$lib/server/delivery/today';

export const GET: RequestHandler = async ({ locals }) => json(await todayProgress(locals.db, locals.organisation!.id));
