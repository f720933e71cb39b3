import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { contacts, debtorGroups, debtors, groups, invoices } from '../db/schema';

export const DEBTORS_PAGE_SIZE = 25;

const balanceCents = sql<number>`coalesce((
	select sum(${invoices.amountCents} - ${invoices.paidCents}) from ${invoices} where ${invoices.debtorId} = ${debtors.id}
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
	options: { q?: string; page?: number }
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
			: undefined
	);
	const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(debtors).where(where);
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
			balanceCents: balanceCents.mapWith(Number)
		})
		.from(debtors)
		.where(and(eq(debtors.id, id), eq(debtors.organisationId, organisationId)));
	if (!debtor) return null;
	const [debtorContacts, debtorInvoices, debtorGroupRows] = await Promise.all([
		db.select().from(contacts).where(eq(contacts.debtorId, id)).orderBy(asc(contacts.lastName)),
		db
			.select()
			.from(invoices)
			.where(and(eq(invoices.debtorId, id), sql`${invoices.paidCents} < ${invoices.amountCents}`))
			.orderBy(asc(invoices.dueDate)),
		db
			.select({ id: groups.id, name: groups.name })
			.from(debtorGroups)
			.innerJoin(groups, eq(debtorGroups.groupId, groups.id))
			.where(eq(debtorGroups.debtorId, id))
			.orderBy(asc(groups.name))
	]);
	return { ...debtor, contacts: debtorContacts, unpaidInvoices: debtorInvoices, groups: debtorGroupRows };
}
