import { sql, eq, asc, and } from 'drizzle-orm';
import { g as groups, h as debtorGroups } from './reminders.js-1QsuNvTf.js';
import { v as violates } from './unique.js-Bono_ivx.js';

async function listGroups(db, organisationId) {
  return db.select({
    id: groups.id,
    name: groups.name,
    // Aliased: drizzle leaves a one-table select's columns unqualified.
    debtorCount: sql`(select count(*) from ${debtorGroups} dg where dg.group_id = ${groups}.id)::int`.mapWith(Number)
  }).from(groups).where(eq(groups.organisationId, organisationId)).orderBy(asc(groups.name));
}
async function createGroup(db, organisationId, name) {
  return unique(async () => {
    await db.insert(groups).values({ organisationId, name });
    return "ok";
  });
}
async function renameGroup(db, organisationId, groupId, name) {
  return unique(async () => {
    const renamed = await db.update(groups).set({ name }).where(and(eq(groups.id, groupId), eq(groups.organisationId, organisationId))).returning({ id: groups.id });
    return renamed.length ? "ok" : "not_found";
  });
}
async function deleteGroup(db, organisationId, groupId) {
  const deleted = await db.delete(groups).where(and(eq(groups.id, groupId), eq(groups.organisationId, organisationId))).returning({ id: groups.id });
  return deleted.length ? "ok" : "not_found";
}
async function unique(write) {
  try {
    return await write();
  } catch (error) {
    if (violates(error, "groups_org_name_idx")) return "duplicate_name";
    throw error;
  }
}

export { createGroup as c, deleteGroup as d, listGroups as l, renameGroup as r };
//# sourceMappingURL=groups.js-CkRfPCas.js.map
