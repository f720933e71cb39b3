import { eq, asc, and, inArray } from 'drizzle-orm';
import { g as groups, t as templates, f as debtors, j as contacts } from './reminders.js-1QsuNvTf.js';

const PREVIEW_DEBTORS = 50;
async function listTemplates(db, organisationId) {
  return db.select({
    id: templates.id,
    name: templates.name,
    shortDescription: templates.shortDescription,
    channels: templates.channels,
    requiresValidation: templates.requiresValidation,
    keep: templates.keep,
    groupName: groups.name
  }).from(templates).leftJoin(groups, eq(groups.id, templates.groupId)).where(eq(templates.organisationId, organisationId)).orderBy(asc(templates.name), asc(templates.id));
}
async function getTemplate(db, organisationId, id) {
  const [template] = await db.select().from(templates).where(and(eq(templates.id, id), eq(templates.organisationId, organisationId)));
  return template ?? null;
}
function listGroups(db, organisationId) {
  return db.select({ id: groups.id, name: groups.name }).from(groups).where(eq(groups.organisationId, organisationId)).orderBy(asc(groups.name));
}
async function listPreviewDebtors(db, organisationId) {
  const rows = await db.select({ id: debtors.id, name: debtors.name, accountNumber: debtors.accountNumber }).from(debtors).where(eq(debtors.organisationId, organisationId)).orderBy(asc(debtors.name), asc(debtors.id)).limit(PREVIEW_DEBTORS);
  if (rows.length === 0) return [];
  const people = await db.select().from(contacts).where(
    and(
      eq(contacts.organisationId, organisationId),
      inArray(
        contacts.debtorId,
        rows.map((r) => r.id)
      )
    )
  ).orderBy(asc(contacts.role), asc(contacts.lastName), asc(contacts.id));
  return rows.map((debtor) => ({
    ...debtor,
    contacts: people.filter((c) => c.debtorId === debtor.id).map((c) => ({ id: c.id, name: [c.civility, c.firstName, c.lastName].filter(Boolean).join(" "), role: c.role }))
  }));
}

export { listGroups as a, listPreviewDebtors as b, getTemplate as g, listTemplates as l };
//# sourceMappingURL=queries3.js-DSBB69Wt.js.map
