import { eq } from 'drizzle-orm';
import type { PageServerLoad } from './$types';
import { organisations } from '$lib/server/db/schema';
import { listOutbox } from '$lib/server/delivery/email/outbox';

export const load: PageServerLoad = async ({ locals }) => {
	const { id } = locals.organisation!;
	const [org] = await locals.db.select({ timezone: organisations.timezone }).from(organisations).where(eq(organisations.id, id));
	return { messages: await listOutbox(locals.db, id), timezone: org.timezone };
};
