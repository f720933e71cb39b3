import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { contacts, debtorGroups, debtors, invoices } from '../db/schema';
import { isUuid } from '$lib/validation/ids';
import { CONTACT_ROLES } from '$lib/contact-choices';
import { outer } from '../db/columns';

/** A screenful to tick from; the count says how many the filter matches in all. */
const SHOWN = 300;

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface ContactFilters {
	q: string;
	groupId: string;
	role: string;
}

export function readContactFilters(params: URLSearchParams): ContactFilters {
	const role = params.get('role') ?? '';
	const groupId = params.get('groupe') ?? '';
	return {
		q: (params.get('q') ?? '').trim().slice(0, 100),
		groupId: isUuid(groupId) ? groupId : '',
		role: (CONTACT_ROLES as readonly string[]).includes(role) ? role : ''
	};
}

export async function filteredContacts(db: DbOrTx, organisationId: string, f: ContactFilters) {
	const where = and(
		eq(contacts.organisationId, organisationId),
		f.q
			? or(ilike(debtors.name, like(f.q)), ilike(debtors.accountNumber, like(f.q)), ilike(contacts.lastName, like(f.q)))
			: undefined,
		f.role ? sql`${contacts.role}::text = ${f.role}` : undefined,
		f.groupId
			? sql`exists (select 1 from ${debtorGroups} dg where dg.debtor_id = ${debtors.id} and dg.group_id = ${f.groupId})`
			: undefined
	);
	const [rows, [{ n }]] = await Promise.all([
		db
			.select({
				id: contacts.id,
				name: sql<string>`trim(${contacts.firstName} || ' ' || ${contacts.lastName})`,
				role: contacts.role,
				debtorName: debtors.name,
				accountNumber: debtors.accountNumber,
				consentEmail: contacts.consentEmail,
				consentLetter: contacts.consentLetter,
				consentSms: contacts.consentSms
			})
			.from(contacts)
			.innerJoin(debtors, eq(debtors.id, contacts.debtorId))
			.where(where)
			.orderBy(asc(debtors.accountNumber), asc(contacts.lastName))
			.limit(SHOWN),
		db
			.select({ n: sql<number>`count(*)::int` })
			.from(contacts)
			.innerJoin(debtors, eq(debtors.id, contacts.debtorId))
			.where(where)
	]);
	return { rows, total: Number(n) };
}

export interface DebtorFilters {
	q: string;
	groupId: string;
}

export function readDebtorFilters(params: URLSearchParams): DebtorFilters {
	const { q, groupId } = readContactFilters(params);
	return { q, groupId };
}

/** Debtors with, for each flag, how many of their contacts have it set: what a change would touch. */
export async function filteredDebtors(db: DbOrTx, organisationId: string, f: DebtorFilters) {
	const where = and(
		eq(debtors.organisationId, organisationId),
		f.q ? or(ilike(debtors.name, like(f.q)), ilike(debtors.accountNumber, like(f.q))) : undefined,
		f.groupId
			? sql`exists (select 1 from ${debtorGroups} dg where dg.debtor_id = ${debtors.id} and dg.group_id = ${f.groupId})`
			: undefined
	);
	const counted = (filter: string) =>
		sql<number>`(select count(*)::int from ${contacts} c where c.debtor_id = ${outer(debtors.id)}${sql.raw(filter)})`;
	const [rows, [{ n }]] = await Promise.all([
		db
			.select({
				id: debtors.id,
				name: debtors.name,
				accountNumber: debtors.accountNumber,
				contacts: counted(''),
				consentEmail: counted(' and c.consent_email'),
				consentLetter: counted(' and c.consent_letter'),
				consentSms: counted(' and c.consent_sms')
			})
			.from(debtors)
			.where(where)
			.orderBy(asc(debtors.accountNumber))
			.limit(SHOWN),
		db
			.select({ n: sql<number>`count(*)::int` })
			.from(debtors)
			.where(where)
	]);
	return { rows, total: Number(n) };
}

export interface InvoiceFilters {
	q: string;
	unpaid: boolean;
	tag: string;
}

export function readInvoiceFilters(params: URLSearchParams): InvoiceFilters {
	return {
		q: (params.get('q') ?? '').trim().slice(0, 100),
		unpaid: params.get('impayees') === 'on',
		tag: (params.get('etiquette') ?? '').trim().slice(0, 60)
	};
}

export async function filteredInvoices(db: DbOrTx, organisationId: string, f: InvoiceFilters) {
	const where = and(
		eq(invoices.organisationId, organisationId),
		f.q
			? or(ilike(debtors.name, like(f.q)), ilike(debtors.accountNumber, like(f.q)), ilike(invoices.number, like(f.q)))
			: undefined,
		f.unpaid ? sql`${invoices.paidCents} < ${invoices.amountCents}` : undefined,
		f.tag ? sql`${f.tag} = any(${invoices.tags})` : undefined
	);
	const [rows, [{ n }]] = await Promise.all([
		db
			.select({
				id: invoices.id,
				number: invoices.number,
				debtorName: debtors.name,
				dueDate: invoices.dueDate,
				amountCents: invoices.amountCents,
				paidCents: invoices.paidCents,
				tags: invoices.tags,
				level: invoices.reminderLevel
			})
			.from(invoices)
			.innerJoin(debtors, eq(debtors.id, invoices.debtorId))
			.where(where)
			.orderBy(asc(invoices.dueDate), asc(invoices.number))
			.limit(SHOWN),
		db
			.select({ n: sql<number>`count(*)::int` })
			.from(invoices)
			.innerJoin(debtors, eq(debtors.id, invoices.debtorId))
			.where(where)
	]);
	return { rows, total: Number(n) };
}
