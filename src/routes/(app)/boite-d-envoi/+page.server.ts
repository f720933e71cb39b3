import { eq } from 'drizzle-orm';
import type { PageServerLoad } from './$types';
import { organisations } from '$lib/server/db/schema';
import { listOutbox } from '$lib/server/delivery/email/outbox';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { id, role } = locals.organisation!;
	const [org] = await locals.db
		.select({ timezone: organisations.timezone })
		.from(organisations)
		.where(eq(organisations.id, id));
	const recipient = (url.searchParams.get('destinataire') ?? '').trim().slice(0, 200);
	return {
		messages: await listOutbox(locals.db, id, recipient, 100, role === 'admin'),
		timezone: org.timezone,
		recipient
	};
};
