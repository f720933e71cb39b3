import { error } from '@sveltejs/kit';
import type { DbOrTx } from '../db';
import { isUuid } from '$lib/validation/ids';
import { m } from '$lib/paraglide/messages';
import { findDebtor } from './queries';

/** A debtor of another organisation, or a malformed id, is simply not found. */
export async function debtorOr404(db: DbOrTx, organisationId: string, id: string) {
	const debtor = isUuid(id) ? await findDebtor(db, organisationId, id) : null;
	if (!debtor) error(404, m.error_not_found());
	return debtor;
}
