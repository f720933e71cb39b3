import { eq, asc, and, sql } from 'drizzle-orm';
import { m as memberships, o as organisations, s as sessions, u as users } from './reminders.js-1QsuNvTf.js';

async function listUserOrganisations(db, userId) {
  return db.select({ id: organisations.id, name: organisations.name, role: memberships.role }).from(memberships).innerJoin(organisations, eq(memberships.organisationId, organisations.id)).where(eq(memberships.userId, userId)).orderBy(asc(organisations.name));
}
async function resolveActiveOrganisation(db, userId, preferredId) {
  const all = await listUserOrganisations(db, userId);
  return all.find((o) => o.id === preferredId) ?? all[0] ?? null;
}
async function switchOrganisation(db, sessionId, userId, organisationId) {
  const [membership] = await db.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)));
  if (!membership) return false;
  await db.update(sessions).set({ activeOrganisationId: organisationId }).where(eq(sessions.id, sessionId));
  return true;
}
async function listMembers(db, organisationId) {
  return db.select({ userId: users.id, name: users.name, email: users.email, role: memberships.role }).from(memberships).innerJoin(users, eq(memberships.userId, users.id)).where(eq(memberships.organisationId, organisationId)).orderBy(asc(users.name));
}
async function countAdmins(db, organisationId) {
  const [row] = await db.select({ n: sql`count(*)::int` }).from(memberships).where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, "admin")));
  return Number(row.n);
}

export { listMembers as a, countAdmins as c, listUserOrganisations as l, resolveActiveOrganisation as r, switchOrganisation as s };
//# sourceMappingURL=memberships.js-TUsGSZYS.js.map
