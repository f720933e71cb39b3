import { json, type RequestHandler } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { decisionRequestSchema } from '$lib/validation/offline';
import { replayDecision } from '$lib/server/sync/replay';

/**
 * One decision from a phone's outbox, as JSON (a cross-site page cannot send JSON without a
 * preflight we never grant). A refusal is an answer, not an error: 200 with its plain words, so
 * the phone can show it beside the reminder and go on with the next one.
 */
export const POST: RequestHandler = async ({ request, locals }) => {
	if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? ''))
		return json({ message: m.push_error_json() }, { status: 400 });
	const parsed = decisionRequestSchema.safeParse(await request.json().catch(() => null));
	// A rule of ours (a text's characters) speaks for itself; anything else is a malformed request.
	if (!parsed.success)
		return json(
			{ message: parsed.error.issues.find((i) => i.code === 'custom')?.message ?? m.push_error_json() },
			{ status: 400 }
		);
	return json(
		await replayDecision(locals.db, { userId: locals.user!.id, organisationId: locals.organisation!.id }, parsed.data)
	);
};
