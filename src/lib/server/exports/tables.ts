import { and, asc, count, desc, eq, gte, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import {
	contacts,
	debtors,
	deliveries,
	invoices,
	organisations,
	payments,
	reminderInvoices,
	reminders
} from '../db/schema';
import { FIELDS, type DataKind } from '../imports/fields';
import { cents, day, type Cell, type Sheet } from './cells';

const headers = (kind: DataKind) => FIELDS[kind].map((f) => f.header);

/** The data of one kind as its import reads it: exporting then importing gives the same rows. */
export async function dataSheet(db: DbOrTx, organisationId: string, kind: DataKind): Promise<Sheet> {
	return { name: SHEET_NAMES[kind], headers: headers(kind), rows: await DATA[kind](db, organisationId) };
}

const SHEET_NAMES: Record<DataKind, string> = {
	debtors: 'Débiteurs',
	contacts: 'Contacts',
	invoices: 'Factures',
	payments: 'Paiements'
};

const DATA: Record<DataKind, (db: DbOrTx, organisationId: string) => Promise<Cell[][]>> = {
	debtors: async (db, organisationId) =>
		(
			await db
				.select({ accountNumber: debtors.accountNumber, name: debtors.name, leaseReference: debtors.leaseReference })
				.from(debtors)
				.where(eq(debtors.organisationId, organisationId))
				.orderBy(asc(debtors.accountNumber))
		).map((d) => [d.accountNumber, d.name, d.leaseReference]),
	contacts: async (db, organisationId) =>
		(
			await db
				.select({ c: contacts, accountNumber: debtors.accountNumber })
				.from(contacts)
				.innerJoin(debtors, eq(debtors.id, contacts.debtorId))
				.where(eq(contacts.organisationId, organisationId))
				.orderBy(asc(debtors.accountNumber), asc(contacts.createdAt), asc(contacts.id))
		).map(({ c, accountNumber }) => [
			// A contact typed in the app has no file reference yet: its id stands in, stable across exports.
			c.externalRef ?? c.id,
			accountNumber,
			c.civility,
			c.firstName,
			c.lastName,
			c.email,
			c.mobilePhone,
			c.addressLine1,
			c.addressLine2,
			c.postalCode,
			c.city,
			c.country,
			c.role,
			c.consentEmail,
			c.consentLetter,
			c.consentSms
		]),
	invoices: async (db, organisationId) =>
		(
			await db
				.select({ i: invoices, accountNumber: debtors.accountNumber })
				.from(invoices)
				.innerJoin(debtors, eq(debtors.id, invoices.debtorId))
				.where(eq(invoices.organisationId, organisationId))
				.orderBy(asc(invoices.number))
		).map(({ i, accountNumber }) => [
			i.number,
			accountNumber,
			day(i.issueDate),
			day(i.dueDate),
			cents(i.amountCents),
			cents(i.paidCents)
		]),
	payments: async (db, organisationId) =>
		(
			await db
				.select({ p: payments, accountNumber: debtors.accountNumber, invoiceNumber: invoices.number })
				.from(payments)
				.innerJoin(debtors, eq(debtors.id, payments.debtorId))
				.leftJoin(invoices, eq(invoices.id, payments.invoiceId))
				.where(eq(payments.organisationId, organisationId))
				.orderBy(asc(payments.paidOn), asc(payments.createdAt), asc(payments.id))
		).map(({ p, accountNumber, invoiceNumber }) => [
			p.externalRef ?? p.id,
			accountNumber,
			invoiceNumber,
			cents(p.amountCents),
			day(p.paidOn)
		])
};

/** How many rows `dataSheet` would write, without reading them. */
export async function countData(db: DbOrTx, organisationId: string, kind: DataKind): Promise<number> {
	const table = { debtors, contacts, invoices, payments }[kind];
	const [row] = await db.select({ n: count() }).from(table).where(eq(table.organisationId, organisationId));
	return row.n;
}

export interface HistoryFilters {
	debtorId?: string;
	/** The reminder group the reminders belong to. */
	groupId?: string;
	channel?: string;
	outcome?: string;
	from?: string;
	to?: string;
}

/** The instant a day begins where the organisation is: « du 1er au 7 » are its days, not the server's. */
function dayStart(organisationId: string, day: string | SQL): SQL {
	return sql`((${day})::date::timestamp at time zone (select o.timezone from ${organisations} o where o.id = ${organisationId}))`;
}

function historyWhere(organisationId: string, filters: HistoryFilters): SQL | undefined {
	return and(
		eq(deliveries.organisationId, organisationId),
		filters.debtorId ? eq(reminders.debtorId, filters.debtorId) : undefined,
		filters.groupId ? eq(reminders.groupId, filters.groupId) : undefined,
		filters.channel ? eq(deliveries.channel, filters.channel) : undefined,
		filters.outcome ? sql`${deliveries.status}::text = ${filters.outcome}` : undefined,
		filters.from
			? gte(sql`coalesce(${deliveries.sentAt}, ${deliveries.createdAt})`, dayStart(organisationId, filters.from))
			: undefined,
		filters.to
			? lt(
					sql`coalesce(${deliveries.sentAt}, ${deliveries.createdAt})`,
					dayStart(organisationId, sql`${filters.to}::date + 1`)
				)
			: undefined
	);
}

const recipientName = sql<string>`trim(${contacts.civility} || ' ' || ${contacts.firstName} || ' ' || ${contacts.lastName})`;
const address = sql<string>`case ${deliveries.channel} when 'email' then coalesce(${contacts.email}, '') when 'sms' then coalesce(${contacts.mobilePhone}, '')
	else trim(${contacts.addressLine1} || ' ' || ${contacts.postalCode} || ' ' || ${contacts.city}) end`;

/** Every delivery of a reminder (recipient × channel), newest first: the history screen. */
export async function listHistory(db: DbOrTx, organisationId: string, filters: HistoryFilters, limit = 200) {
	return db
		.select({
			id: deliveries.id,
			at: sql<string>`coalesce(${deliveries.sentAt}, ${deliveries.createdAt})`,
			reminderId: reminders.id,
			shortDescription: reminders.shortDescription,
			debtorId: debtors.id,
			debtorName: debtors.name,
			accountNumber: debtors.accountNumber,
			recipient: recipientName,
			address,
			channel: deliveries.channel,
			outcome: deliveries.status,
			// As the reminder left, not as later reminders raised its invoices.
			level: sql<
				number | null
			>`(select max(${reminderInvoices.levelAtSend}) from ${reminderInvoices} where ${reminderInvoices.reminderId} = ${reminders.id})`
		})
		.from(deliveries)
		.innerJoin(reminders, eq(reminders.id, deliveries.reminderId))
		.innerJoin(debtors, eq(debtors.id, reminders.debtorId))
		.innerJoin(contacts, eq(contacts.id, deliveries.contactId))
		.where(historyWhere(organisationId, filters))
		.orderBy(desc(sql`coalesce(${deliveries.sentAt}, ${deliveries.createdAt})`), desc(deliveries.id))
		.limit(limit);
}

export const HISTORY_HEADERS = [
	'Date',
	'Compte',
	'Débiteur',
	'Relance',
	'Destinataire',
	'Adresse',
	'Canal',
	'Résultat',
	'Niveau',
	'Facture',
	"Date d'émission",
	'Échéance',
	'Montant',
	'Payé',
	'Reste dû'
];

/** How many lines `historySheet` would write: each delivery, once per invoice its reminder covered. */
export async function countHistory(db: DbOrTx, organisationId: string, filters: HistoryFilters): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(deliveries)
		.innerJoin(reminders, eq(reminders.id, deliveries.reminderId))
		.innerJoin(debtors, eq(debtors.id, reminders.debtorId))
		.innerJoin(contacts, eq(contacts.id, deliveries.contactId))
		.leftJoin(reminderInvoices, eq(reminderInvoices.reminderId, reminders.id))
		.where(historyWhere(organisationId, filters));
	return row.n;
}

/**
 * The « Relance » tab: one line per delivery and invoice it covered, with the level the
 * invoice reached when that reminder was sent (empty while it was not).
 */
export async function historySheet(
	db: DbOrTx,
	organisationId: string,
	filters: HistoryFilters,
	outcomeLabel: (s: string) => string,
	channelLabel: (c: string) => string
): Promise<Sheet> {
	const rows = await db
		.select({
			// The day it was in the organisation's time zone, as its people saw it.
			at: sql<string>`to_char(coalesce(${deliveries.sentAt}, ${deliveries.createdAt}) at time zone ${organisations.timezone}, 'YYYY-MM-DD')`,
			accountNumber: debtors.accountNumber,
			debtorName: debtors.name,
			shortDescription: reminders.shortDescription,
			recipient: recipientName,
			address,
			channel: deliveries.channel,
			outcome: sql<string>`${deliveries.status}::text`,
			level: reminderInvoices.levelAtSend,
			number: invoices.number,
			issueDate: invoices.issueDate,
			dueDate: invoices.dueDate,
			amountCents: invoices.amountCents,
			paidCents: invoices.paidCents
		})
		.from(deliveries)
		.innerJoin(organisations, eq(organisations.id, deliveries.organisationId))
		.innerJoin(reminders, eq(reminders.id, deliveries.reminderId))
		.innerJoin(debtors, eq(debtors.id, reminders.debtorId))
		.innerJoin(contacts, eq(contacts.id, deliveries.contactId))
		.leftJoin(reminderInvoices, eq(reminderInvoices.reminderId, reminders.id))
		.leftJoin(invoices, eq(invoices.id, reminderInvoices.invoiceId))
		.where(historyWhere(organisationId, filters))
		.orderBy(
			desc(sql`coalesce(${deliveries.sentAt}, ${deliveries.createdAt})`),
			asc(debtors.accountNumber),
			asc(invoices.number)
		);
	return {
		name: 'Relance',
		headers: HISTORY_HEADERS,
		rows: rows.map((r) => [
			day(r.at),
			r.accountNumber,
			r.debtorName,
			r.shortDescription,
			r.recipient,
			r.address,
			channelLabel(r.channel),
			outcomeLabel(r.outcome),
			r.level === null ? null : String(r.level),
			r.number,
			day(r.issueDate),
			day(r.dueDate),
			r.amountCents === null ? null : cents(r.amountCents),
			r.paidCents === null ? null : cents(r.paidCents),
			r.amountCents === null ? null : cents(r.amountCents - (r.paidCents ?? 0))
		])
	};
}

export const UNPAID_HEADERS = [
	'Compte',
	'Débiteur',
	'Facture',
	"Date d'émission",
	'Échéance',
	'Montant',
	'Payé',
	'Reste dû',
	'Niveau',
	'Dernière relance'
];
export const NO_CONTACT_HEADERS = ['Compte', 'Débiteur', 'Bail', 'Contacts'];

const owed = (organisationId: string) =>
	and(eq(invoices.organisationId, organisationId), sql`${invoices.paidCents} < ${invoices.amountCents}`);

export async function countUnpaid(db: DbOrTx, organisationId: string): Promise<number> {
	const [row] = await db.select({ n: count() }).from(invoices).where(owed(organisationId));
	return row.n;
}

/** The « Facture_du » tab: the invoices still owed at this moment. */
export async function unpaidSheet(db: DbOrTx, organisationId: string): Promise<Sheet> {
	const rows = await db
		.select({ i: invoices, accountNumber: debtors.accountNumber, debtorName: debtors.name })
		.from(invoices)
		.innerJoin(debtors, eq(debtors.id, invoices.debtorId))
		.where(owed(organisationId))
		.orderBy(asc(debtors.accountNumber), asc(invoices.dueDate), asc(invoices.number));
	return {
		name: 'Facture_du',
		headers: UNPAID_HEADERS,
		rows: rows.map(({ i, accountNumber, debtorName }) => [
			accountNumber,
			debtorName,
			i.number,
			day(i.issueDate),
			day(i.dueDate),
			cents(i.amountCents),
			cents(i.paidCents),
			cents(i.amountCents - i.paidCents),
			String(i.reminderLevel),
			i.lastReminderAt ? day(i.lastReminderAt.toISOString()) : null
		])
	};
}

/**
 * A debtor without a reminder contact: no contact of role "relance" with an email address. The
 * lists before a run and the workbook's "No_destinataire" tab share this one definition.
 */
export const hasReminderContact = sql<boolean>`exists (select 1 from ${contacts} rc where rc.debtor_id = ${debtors.id} and rc.role = 'relance' and rc.email is not null and rc.email <> '')`;

/** An erased debtor has none by design: there is nothing to fix about him. */
const withoutContact = (organisationId: string) =>
	and(eq(debtors.organisationId, organisationId), isNull(debtors.erasedAt), sql`not ${hasReminderContact}`);

export async function countNoContact(db: DbOrTx, organisationId: string): Promise<number> {
	const [row] = await db.select({ n: count() }).from(debtors).where(withoutContact(organisationId));
	return row.n;
}

export async function noContactSheet(db: DbOrTx, organisationId: string): Promise<Sheet> {
	// `${debtors}.id` qualified by hand: in a select list drizzle writes a bare "id", which would be the contact's.
	const rows = await db
		.select({
			accountNumber: debtors.accountNumber,
			name: debtors.name,
			leaseReference: debtors.leaseReference,
			contacts: sql<number>`(select count(*)::int from ${contacts} c where c.debtor_id = ${debtors}.id)`
		})
		.from(debtors)
		.where(withoutContact(organisationId))
		.orderBy(asc(debtors.accountNumber));
	return {
		name: 'No_destinataire',
		headers: NO_CONTACT_HEADERS,
		rows: rows.map((r) => [r.accountNumber, r.name, r.leaseReference, String(r.contacts)])
	};
}
