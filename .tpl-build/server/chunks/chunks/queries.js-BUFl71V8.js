import { eq, and, asc, inArray, desc, count, gte, lte, ilike } from 'drizzle-orm';
import { u as users, f as debtors, a as reminders, c as reminderRecipients, g as groups, j as contacts, i as invoices, d as reminderInvoices } from './reminders.js-1QsuNvTf.js';

const REMINDERS_PAGE_SIZE = 50;
function where(organisationId, f, withStatus = true) {
  return and(
    eq(reminders.organisationId, organisationId),
    withStatus && f.status ? eq(reminders.status, f.status) : void 0,
    f.from ? gte(reminders.sendDate, f.from) : void 0,
    f.to ? lte(reminders.sendDate, f.to) : void 0,
    f.groupId ? eq(reminders.groupId, f.groupId) : void 0,
    f.debtorId ? eq(reminders.debtorId, f.debtorId) : void 0,
    f.q ? ilike(debtors.name, `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : void 0
  );
}
async function listReminders(db, organisationId, filters) {
  const page = Math.max(1, filters.page ?? 1);
  const [rows, counts] = await Promise.all([
    db.select({
      id: reminders.id,
      status: reminders.status,
      sendDate: reminders.sendDate,
      shortDescription: reminders.shortDescription,
      immediate: reminders.immediate,
      keep: reminders.keep,
      version: reminders.version,
      debtorId: debtors.id,
      debtorName: debtors.name,
      groupName: groups.name
    }).from(reminders).innerJoin(debtors, eq(debtors.id, reminders.debtorId)).leftJoin(groups, eq(groups.id, reminders.groupId)).where(where(organisationId, filters)).orderBy(desc(reminders.sendDate), desc(reminders.createdAt), asc(reminders.id)).limit(REMINDERS_PAGE_SIZE).offset((page - 1) * REMINDERS_PAGE_SIZE),
    db.select({ status: reminders.status, n: count() }).from(reminders).innerJoin(debtors, eq(debtors.id, reminders.debtorId)).where(where(organisationId, filters, false)).groupBy(reminders.status)
  ]);
  const byStatus = Object.fromEntries(counts.map((c) => [c.status, Number(c.n)]));
  const total = filters.status ? byStatus[filters.status] ?? 0 : Object.values(byStatus).reduce((a, b) => a + (b ?? 0), 0);
  return { rows, byStatus, total, page, pages: Math.max(1, Math.ceil(total / REMINDERS_PAGE_SIZE)) };
}
async function getReminder(db, organisationId, id) {
  const [row] = await db.select({
    reminder: reminders,
    debtorName: debtors.name,
    debtorAccount: debtors.accountNumber,
    groupName: groups.name,
    createdByName: users.name
  }).from(reminders).innerJoin(debtors, eq(debtors.id, reminders.debtorId)).leftJoin(groups, eq(groups.id, reminders.groupId)).leftJoin(users, eq(users.id, reminders.createdBy)).where(and(eq(reminders.id, id), eq(reminders.organisationId, organisationId)));
  if (!row) return null;
  const [recipients, covered] = await Promise.all([
    db.select({ contact: contacts, channels: reminderRecipients.channels }).from(reminderRecipients).innerJoin(contacts, eq(contacts.id, reminderRecipients.contactId)).where(eq(reminderRecipients.reminderId, id)).orderBy(asc(contacts.lastName)),
    db.select({ number: invoices.number, dueDate: invoices.dueDate, amountCents: invoices.amountCents, paidCents: invoices.paidCents, level: invoices.reminderLevel }).from(reminderInvoices).innerJoin(invoices, eq(invoices.id, reminderInvoices.invoiceId)).where(eq(reminderInvoices.reminderId, id)).orderBy(asc(invoices.dueDate))
  ]);
  return { ...row, recipients, covered };
}
async function listPending(db, organisationId, limit = 100) {
  const rows = await db.select({
    id: reminders.id,
    version: reminders.version,
    sendDate: reminders.sendDate,
    shortDescription: reminders.shortDescription,
    content: reminders.content,
    immediate: reminders.immediate,
    debtorId: debtors.id,
    debtorName: debtors.name,
    createdByName: users.name
  }).from(reminders).innerJoin(debtors, eq(debtors.id, reminders.debtorId)).leftJoin(users, eq(users.id, reminders.createdBy)).where(and(eq(reminders.organisationId, organisationId), eq(reminders.status, "pending_validation"))).orderBy(asc(reminders.sendDate), asc(reminders.createdAt)).limit(limit);
  const recipients = rows.length ? await db.select({ reminderId: reminderRecipients.reminderId, contactId: reminderRecipients.contactId, channels: reminderRecipients.channels }).from(reminderRecipients).where(inArray(reminderRecipients.reminderId, rows.map((r) => r.id))) : [];
  return rows.map((r) => ({ ...r, recipients: recipients.filter((x) => x.reminderId === r.id) }));
}

export { listReminders as a, getReminder as g, listPending as l };
//# sourceMappingURL=queries.js-BUFl71V8.js.map
