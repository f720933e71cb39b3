import { formError, invalid } from '../forms';
import type { FormValues } from '$lib/validation/form';
import { m } from '$lib/paraglide/messages';
import type { DebtorWrite } from './debtors';

/** A debtor write the service refused, as the form shows it: next to the field at fault. */
export function debtorRefusal(outcome: Exclude<DebtorWrite, { kind: 'saved' }>, values: FormValues) {
	if (outcome.kind === 'duplicate_account') return invalid(400, { accountNumber: m.debtors_account_taken() }, values);
	if (outcome.kind === 'unknown_group') return invalid(400, { groupIds: m.error_choice() }, values);
	return formError(404, m.error_not_found());
}
