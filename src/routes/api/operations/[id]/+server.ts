import { error, json, type RequestHandler } from '@sveltejs/kit';
import { getOperation } from '$lib/server/operations/operations';
import { operationOutcome } from '$lib/operations';
import { isUuid } from '$lib/validation/ids';
import { m } from '$lib/paraglide/messages';

/** An operation's progress for the page's bar, read about once a second: the organisation's own, and of a kind the role may follow. */
export const GET: RequestHandler = async ({ params, locals }) => {
	const { id: organisationId, role } = locals.organisation!;
	const operation = isUuid(params.id!) ? await getOperation(locals.db, organisationId, role, params.id!) : null;
	if (!operation) error(404, m.error_not_found());
	return json({ ...operation, message: operationOutcome(operation) }, { headers: { 'cache-control': 'no-store' } });
};
