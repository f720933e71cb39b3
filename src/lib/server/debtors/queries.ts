import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { contacts, debtorGroups, debtors, groups, invoices } from '../db/schema';
import { debtorFilterWhere } from '../dashboard/filters';
import type { DebtorFilter } from '$lib/dashboard';

export const DEBTORS_PAGE_SIZE = 25;

/**
 * Drizzle leaves column names unqualified in a one-table select, where "debtor_id" = "id" would
 * compare two columns of the subquery's own table: the subquery names its columns by alias.
 */
const balanceCents = sql<number>`coalesce((
	select sum(i.amount_cents - i.paid_cents) from ${invoices} i where i.debtor_id = ${debtors}.id
), 0)::bigint`;

export interface DebtorRow {
	id: string;
	accountNumber: string;
	name: string;
	leaseReference: string;
	balanceCents: number;
}

export async function listDebtors(
	db: DbOrTx,
	organisationId: string,
	/** `filter`: the debtors behind one of the dashboard's figures. */
	options: { q?: string; page?: number; filter?: DebtorFilter | null }
): Promise<{ rows: DebtorRow[]; total: number; page: number; pages: number }> {
	const page = Math.max(1, options.page ?? 1);
	const q = options.q?.trim();
	const where = and(
		eq(debtors.organisationId, organisationId),
		q
			? or(
					ilike(debtors.name, `%${escapeLike(q)}%`),
					ilike(debtors.accountNumber, `%${escapeLike(q)}%`),
					ilike(debtors.leaseReference, `%${escapeLike(q)}%`)
				)
			: undefined,
		options.filter ? await debtorFilterWhere(db, organisationId, options.filter) : undefined
	);
	const [{ total }] = await db
		.select({ total: sql<number>`count(*)::int` })
		.from(debtors)
		.where(where);
	const rows = await db
		.select({
			id: debtors.id,
			accountNumber: debtors.accountNumber,
			name: debtors.name,
			leaseReference: debtors.leaseReference,
			balanceCents: balanceCents.mapWith(Number)
		})
		.from(debtors)
		.where(where)
		.orderBy(asc(debtors.name), asc(debtors.id))
		.limit(DEBTORS_PAGE_SIZE)
		.offset((page - 1) * DEBTORS_PAGE_SIZE);
	return { rows, total: Number(total), page, pages: Math.max(1, Math.ceil(Number(total) / DEBTORS_PAGE_SIZE)) };
}

function escapeLike(text: string): string {
	return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Null when the debtor does not exist in this organisation: callers answer 404 either way. */
export async function getDebtor(db: DbOrTx, organisationId: string, id: string) {
	const [debtor] = await db
		.select({
			id: debtors.id,
			accountNumber: debtors.accountNumber,
			name: debtors.name,
			leaseReference: debtors.leaseReference,
			balanceCents: balanceCents.mapWith(Number),
			erasedAt: debtors.erasedAt
		})
		.from(debtors)
		.where(and(eq(debtors.id, id), eq(debtors.organisationId, organisationId)));
	if (!debtor) return null;
	const [debtorContacts, debtorInvoices, debtorGroupRows] = await Promise.all([
		db
			.select()
			.from(contacts)
			.where(eq(contacts.debtorId, id))
			.orderBy(asc(contacts.role), asc(contacts.lastName), asc(contacts.firstName), asc(contacts.id)),
		db
			.select()
			.from(invoices)
			.where(and(eq(invoices.debtorId, id), sql`${invoices.paidCents} < ${invoices.amountCents}`))
			.orderBy(asc(invoices.dueDate), asc(invoices.number)),
		db
			.select({ id: groups.id, name: groups.name })
			.from(debtorGroups)
			.innerJoin(groups, eq(debtorGroups.groupId, groups.id))
			.where(eq(debtorGroups.debtorId, id))
			.orderBy(asc(groups.name))
	]);
	return { ...debtor, contacts: debtorContacts, unpaidInvoices: debtorInvoices, groups: debtorGroupRows };
}

/** The debtor as his edit form shows him: his fields and the ids of his groups. */
export async function findDebtor(db: DbOrTx, organisationId: string, id: string) {
	const [debtor] = await db
		.select({
			id: debtors.id,
			accountNumber: debtors.accountNumber,
			name: debtors.name,
			leaseReference: debtors.leaseReference,
			groupIds: sql<string[]>`coalesce((
				select array_agg(dg.group_id::text) from ${debtorGroups} dg where dg.debtor_id = ${debtors}.id
			), '{}')`
		})
		.from(debtors)
		.where(and(eq(debtors.id, id), eq(debtors.organisationId, organisationId)));
	return debtor ?? null;
}
