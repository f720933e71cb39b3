import { dateFormat } from '$lib/intl-formats';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { anyId, idRows } from '../db/arrays';
import { contacts, debtors, invoices, organisationColumns, organisations, type OrganisationRow } from '../db/schema';
import { m } from '$lib/paraglide/messages';
import { dayIn } from '../clock';

/**
 * Reminders are read by French tenants whatever language the person who writes them uses:
 * merged values, table headings and civilities are French, not the interface's language.
 */
export const CONTENT_LOCALE = 'fr';

export const inContentLocale = <I>(
	message: (inputs: I, options: { locale: typeof CONTENT_LOCALE }) => string,
	inputs: I
) => message(inputs, { locale: CONTENT_LOCALE });

export interface MergeInvoice {
	numero: string;
	echeance: string;
	montant: string;
	reste: string;
}

/** What a template may say about one recipient, every value already formatted in French. */
export interface MergeContext {
	civilite: string;
	civilite_longue: string;
	prenom: string;
	nom: string;
	nom_complet: string;
	adresse: string;
	debiteur: string;
	compte: string;
	bail: string;
	solde: string;
	factures: MergeInvoice[];
	organisation: { nom: string; adresse: string; email: string; telephone: string };
	date_du_jour: string;
}

export interface MergeField {
	name: string;
	description: () => string;
	/** What "Insérer un champ" writes into the text. */
	snippets: string[];
}

const field = (name: string, description: () => string, snippets = [`{{ ${name} }}`]): MergeField => ({
	name,
	description,
	snippets
});

/** Every top-level variable a template may use; `tableau_factures` is added when rendering. */
export const MERGE_FIELDS: readonly MergeField[] = [
	field('civilite', m.merge_civilite),
	field('civilite_longue', m.merge_civilite_longue),
	field('prenom', m.merge_prenom),
	field('nom', m.merge_nom),
	field('nom_complet', m.merge_nom_complet),
	field('adresse', m.merge_adresse),
	field('debiteur', m.merge_debiteur),
	field('compte', m.merge_compte),
	field('bail', m.merge_bail),
	field('solde', m.merge_solde),
	field('tableau_factures', m.merge_tableau_factures),
	field('factures', m.merge_factures, [
		'{% for facture in factures %}{{ facture.numero }} : {{ facture.reste }} (échéance {{ facture.echeance }})\n{% endfor %}'
	]),
	field(
		'organisation',
		m.merge_organisation,
		['nom', 'adresse', 'email', 'telephone'].map((key) => `{{ organisation.${key} }}`)
	),
	field('date_du_jour', m.merge_date_du_jour)
];

const money = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const day = (timeZone: string) => dateFormat('fr-FR', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric' });

/** 123456 → "1 234,56 €" (with the non-breaking spaces French typography uses). */
const frenchMoney = (cents: number) => money.format(cents / 100);
/** "2026-11-23" → "23/11/2026". */
const frenchDate = (isoDay: string) => day('UTC').format(new Date(`${isoDay}T00:00:00Z`));

const LONG_CIVILITIES: Record<string, typeof m.merge_madame> = {
	'M.': m.merge_monsieur,
	M: m.merge_monsieur,
	Mme: m.merge_madame,
	Mlle: m.merge_mademoiselle
};

function longCivility(civility: string): string {
	return inContentLocale(LONG_CIVILITIES[civility.trim()] ?? m.merge_madame_monsieur, {});
}

const lines = (...parts: string[]) =>
	parts
		.map((p) => p.trim())
		.filter(Boolean)
		.join('\n');

type Debtor = Pick<typeof debtors.$inferSelect, 'name' | 'accountNumber' | 'leaseReference'>;
type Organisation = Pick<
	typeof organisations.$inferSelect,
	'name' | 'addressLine1' | 'addressLine2' | 'postalCode' | 'city' | 'email' | 'phone' | 'timezone'
>;
type Contact = Pick<
	typeof contacts.$inferSelect,
	'civility' | 'firstName' | 'lastName' | 'addressLine1' | 'addressLine2' | 'postalCode' | 'city'
>;
type Invoice = typeof invoices.$inferSelect;
type Recipient = { context: MergeContext; contact: typeof contacts.$inferSelect | null };

/**
 * The merge context of one recipient: a contact of the debtor, or the debtor himself when
 * `contactId` is null. Null when the debtor or the contact is not in this organisation.
 */
export async function loadMergeContext(
	db: DbOrTx,
	organisationId: string,
	debtorId: string,
	contactId: string | null
): Promise<MergeContext | null> {
	return (
		(await loadMergeContexts(db, organisationId, [{ debtorId, contactId }])).get(mergeKey(debtorId, contactId)) ?? null
	);
}

export const mergeKey = (debtorId: string, contactId: string | null) => `${debtorId}:${contactId ?? ''}`;

/**
 * The contexts of many (debtor, contact) pairs in four queries, by mergeKey. A pair whose debtor
 * or contact is not the organisation's (or not his) has none.
 */
export async function loadMergeContexts(
	db: DbOrTx,
	organisationId: string,
	pairs: { debtorId: string; contactId: string | null }[]
): Promise<Map<string, MergeContext>> {
	const { recipients } = await loadRecipients(db, organisationId, pairs);
	return new Map([...recipients].map(([key, { context }]) => [key, context]));
}

/**
 * The recipients' merge contexts with the rows their messages are addressed from (the
 * organisation) and to (the contact), for the previews that show From and To as they leave.
 */
export async function loadRecipients(
	db: DbOrTx,
	organisationId: string,
	pairs: { debtorId: string; contactId: string | null }[]
): Promise<{ organisation: OrganisationRow | null; recipients: Map<string, Recipient> }> {
	const recipients = new Map<string, Recipient>();
	const debtorIds = [...new Set(pairs.map((p) => p.debtorId))];
	const contactIds = [...new Set(pairs.flatMap((p) => (p.contactId ? [p.contactId] : [])))];
	if (!debtorIds.length) return { organisation: null, recipients };
	const [[organisation], debtorRows, contactRows, unpaid] = await Promise.all([
		db
			.select({ ...organisationColumns, today: dayIn(organisations.timezone) })
			.from(organisations)
			.where(eq(organisations.id, organisationId)),
		db
			.select()
			.from(debtors)
			.where(and(anyId(debtors.id, debtorIds), eq(debtors.organisationId, organisationId))),
		contactIds.length
			? db
					.select()
					.from(contacts)
					.where(and(anyId(contacts.id, contactIds), eq(contacts.organisationId, organisationId)))
			: [],
		unpaidInvoices(db, debtorIds)
	]);
	if (!organisation) return { organisation: null, recipients };
	const debtorById = new Map(debtorRows.map((d) => [d.id, d]));
	const contactById = new Map(contactRows.map((c) => [c.id, c]));
	for (const { debtorId, contactId } of pairs) {
		const debtor = debtorById.get(debtorId);
		const contact = contactId ? contactById.get(contactId) : null;
		if (!debtor || contact === undefined || (contact && contact.debtorId !== debtorId)) continue;
		const context = buildMergeContext({
			debtor,
			organisation,
			contact,
			unpaid: unpaid.get(debtorId) ?? [],
			today: organisation.today
		});
		recipients.set(mergeKey(debtorId, contactId), { context, contact });
	}
	return { organisation, recipients };
}

/** The unpaid invoices of many debtors in one query, oldest due first, by debtor. */
export async function unpaidInvoices(db: DbOrTx, debtorIds: string[]): Promise<Map<string, Invoice[]>> {
	const byDebtor = new Map<string, Invoice[]>();
	if (!debtorIds.length) return byDebtor;
	const rows = await db
		.select()
		.from(invoices)
		// Found by debtor through an index lookup each (see idRows), then read by primary key.
		.where(
			and(
				sql`${invoices.id} = any(array(select i.id from ${idRows(debtorIds)} cross join lateral (select id from ${invoices} where debtor_id = k.id offset 0) i))`,
				sql`${invoices.paidCents} < ${invoices.amountCents}`
			)
		)
		.orderBy(asc(invoices.dueDate), asc(invoices.number));
	for (const invoice of rows) {
		const list = byDebtor.get(invoice.debtorId);
		if (list) list.push(invoice);
		else byDebtor.set(invoice.debtorId, [invoice]);
	}
	return byDebtor;
}

/**
 * What a template may say, from rows already loaded (the delivery worker loads them by the
 * hundred). `today` is the organisation's day by the database's clock (see clock/).
 */
export function buildMergeContext({
	debtor,
	organisation,
	contact,
	unpaid,
	today
}: {
	debtor: Debtor;
	organisation: Organisation;
	contact: Contact | null;
	unpaid: Invoice[];
	today: string;
}): MergeContext {
	const person = contact
		? { civilite: contact.civility, prenom: contact.firstName, nom: contact.lastName }
		: { civilite: '', prenom: '', nom: debtor.name };
	return {
		...person,
		civilite_longue: longCivility(person.civilite),
		nom_complet: [person.civilite, person.prenom, person.nom]
			.map((p) => p.trim())
			.filter(Boolean)
			.join(' '),
		adresse: contact ? lines(contact.addressLine1, contact.addressLine2, `${contact.postalCode} ${contact.city}`) : '',
		debiteur: debtor.name,
		compte: debtor.accountNumber,
		bail: debtor.leaseReference,
		solde: frenchMoney(unpaid.reduce((sum, i) => sum + i.amountCents - i.paidCents, 0)),
		factures: unpaid.map((i) => ({
			numero: i.number,
			echeance: frenchDate(i.dueDate),
			montant: frenchMoney(i.amountCents),
			reste: frenchMoney(i.amountCents - i.paidCents)
		})),
		organisation: {
			nom: organisation.name,
			adresse: lines(
				organisation.addressLine1,
				organisation.addressLine2,
				`${organisation.postalCode} ${organisation.city}`
			),
			email: organisation.email,
			telephone: organisation.phone
		},
		date_du_jour: frenchDate(today)
	};
}
