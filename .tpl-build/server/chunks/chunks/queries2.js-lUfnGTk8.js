import { and, eq, or, ilike, sql, asc } from 'drizzle-orm';
import { f as debtors, j as contacts, i as invoices, g as groups, h as debtorGroups } from './reminders.js-1QsuNvTf.js';

const DEBTORS_PAGE_SIZE = 25;
const balanceCents = sql`coalesce((
	select sum(i.amount_cents - i.paid_cents) from ${invoices} i where i.debtor_id = ${debtors}.id
), 0)::bigint`;
async function listDebtors(db, organisationId, options) {
  const page = Math.max(1, options.page ?? 1);
  const q = options.q?.trim();
  const where = and(
    eq(debtors.organisationId, organisationId),
    q ? or(
      ilike(debtors.name, `%${escapeLike(q)}%`),
      ilike(debtors.accountNumber, `%${escapeLike(q)}%`),
      ilike(debtors.leaseReference, `%${escapeLike(q)}%`)
    ) : void 0
  );
  const [{ total }] = await db.select({ total: sql`count(*)::int` }).from(debtors).where(where);
  const rows = await db.select({
    id: debtors.id,
    accountNumber: debtors.accountNumber,
    name: debtors.name,
    leaseReference: debtors.leaseReference,
    balanceCents: balanceCents.mapWith(Number)
  }).from(debtors).where(where).orderBy(asc(debtors.name), asc(debtors.id)).limit(DEBTORS_PAGE_SIZE).offset((page - 1) * DEBTORS_PAGE_SIZE);
  return { rows, total: Number(total), page, pages: Math.max(1, Math.ceil(Number(total) / DEBTORS_PAGE_SIZE)) };
}
function escapeLike(text) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
async function getDebtor(db, organisationId, id) {
  const [debtor] = await db.select({
    id: debtors.id,
    accountNumber: debtors.accountNumber,
    name: debtors.name,
    leaseReference: debtors.leaseReference,
    balanceCents: balanceCents.mapWith(Number)
  }).from(debtors).where(and(eq(debtors.id, id), eq(debtors.organisationId, organisationId)));
  if (!debtor) return null;
  const [debtorContacts, debtorInvoices, debtorGroupRows] = await Promise.all([
    db.select().from(contacts).where(eq(contacts.debtorId, id)).orderBy(asc(contacts.role), asc(contacts.lastName), asc(contacts.firstName), asc(contacts.id)),
    db.select().from(invoices).where(and(eq(invoices.debtorId, id), sql`${invoices.paidCents} < ${invoices.amountCents}`)).orderBy(asc(invoices.dueDate), asc(invoices.number)),
    db.select({ id: groups.id, name: groups.name }).from(debtorGroups).innerJoin(groups, eq(debtorGroups.groupId, groups.id)).where(eq(debtorGroups.debtorId, id)).orderBy(asc(groups.name))
  ]);
  return { ...debtor, contacts: debtorContacts, unpaidInvoices: debtorInvoices, groups: debtorGroupRows };
}
async function findDebtor(db, organisationId, id) {
  const [debtor] = await db.select({
    id: debtors.id,
    accountNumber: debtors.accountNumber,
    name: debtors.name,
    leaseReference: debtors.leaseReference,
    groupIds: sql`coalesce((
				select array_agg(dg.group_id::text) from ${debtorGroups} dg where dg.debtor_id = ${debtors}.id
			), '{}')`
  }).from(debtors).where(and(eq(debtors.id, id), eq(debtors.organisationId, organisationId)));
  return debtor ?? null;
}

export { findDebtor as f, getDebtor as g, listDebtors as l };
//# sourceMappingURL=queries2.js-lUfnGTk8.js.map
