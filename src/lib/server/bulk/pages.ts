import { fail } from '@sveltejs/kit';
import type { DbOrTx, Db } from '../db';
import type { Actor } from '../auth/actor';
import { listGroups } from '../debtors/groups';
import {
	filteredContacts,
	filteredDebtors,
	filteredInvoices,
	readContactFilters,
	readDebtorFilters,
	readInvoiceFilters
} from './queries';
import { readConsentChange, setConsent, type ConsentSelection } from './consents';
import { changeTag } from './tags';
import { recentBulkActions } from './record';
import { CONTACT_ROLES } from '$lib/contact-choices';
import { m } from '$lib/paraglide/messages';

/** What each bulk page shows: the rows its filter matches, the filter itself and the log of changes. */
export async function debtorsPage(db: DbOrTx, organisationId: string, params: URLSearchParams) {
	const filters = readDebtorFilters(params);
	const [found, groups, log] = await Promise.all([
		filteredDebtors(db, organisationId, filters),
		listGroups(db, organisationId),
		recentBulkActions(db, organisationId)
	]);
	return { ...found, filters, groups, log };
}

export async function contactsPage(db: DbOrTx, organisationId: string, params: URLSearchParams) {
	const filters = readContactFilters(params);
	const [found, groups, log] = await Promise.all([
		filteredContacts(db, organisationId, filters),
		listGroups(db, organisationId),
		recentBulkActions(db, organisationId)
	]);
	return { ...found, filters, groups, log };
}

export async function invoicesPage(db: DbOrTx, organisationId: string, params: URLSearchParams) {
	const filters = readInvoiceFilters(params);
	const [found, log] = await Promise.all([
		filteredInvoices(db, organisationId, filters),
		recentBulkActions(db, organisationId)
	]);
	return { ...found, filters, log };
}

/** The « boutons magiques » on the ticked rows: contacts themselves, or every contact of debtors (of one role). */
export async function applyConsents(db: Db, actor: Actor, form: FormData, by: 'contactId' | 'debtorId') {
	const change = readConsentChange(form);
	if (!change) return fail(400, { error: m.error_choice() });
	const ids = form.getAll(by).map(String);
	const role = String(form.get('role') ?? '');
	if (by === 'debtorId' && role && !(CONTACT_ROLES as readonly string[]).includes(role))
		return fail(400, { error: m.error_choice() });
	if (!ids.length) return fail(400, { error: m.bulk_nothing_chosen() });
	const selection: ConsentSelection =
		by === 'contactId'
			? { contactIds: ids }
			: { debtorIds: ids, role: (role || undefined) as ConsentSelection['role'] };
	const result = await setConsent(db, actor, selection, change.flag, change.value);
	return { done: m.bulk_contacts_changed({ changed: result.changed, selected: result.selected }) };
}

/** Adds or removes one tag on the ticked invoices. */
export async function applyTag(db: Db, actor: Actor, form: FormData) {
	const tag = String(form.get('tag') ?? '').trim();
	if (!tag || tag.length > 60) return fail(400, { tagError: m.bulk_tag_invalid(), tag });
	const invoiceIds = form.getAll('invoiceId').map(String);
	if (!invoiceIds.length) return fail(400, { error: m.bulk_nothing_chosen(), tag });
	const add = form.get('change') !== 'remove';
	const result = await changeTag(db, actor, invoiceIds, tag, add);
	return {
		done: (add ? m.bulk_tag_added : m.bulk_tag_removed)({ tag, changed: result.changed, selected: result.selected }),
		tag
	};
}
