import { eq, and, desc } from 'drizzle-orm';
import { e as reminderEvents, u as users, a as reminders } from './reminders.js-1QsuNvTf.js';

async function recordEvents(tx, events) {
  if (events.length) await tx.insert(reminderEvents).values(events);
}
const historyColumns = {
  id: reminderEvents.id,
  reminderId: reminderEvents.reminderId,
  shortDescription: reminders.shortDescription,
  action: reminderEvents.action,
  fromStatus: reminderEvents.fromStatus,
  toStatus: reminderEvents.toStatus,
  changes: reminderEvents.changes,
  reason: reminderEvents.reason,
  actorName: users.name,
  at: reminderEvents.at
};
async function listDebtorHistory(db, organisationId, debtorId) {
  return db.select(historyColumns).from(reminderEvents).innerJoin(reminders, eq(reminders.id, reminderEvents.reminderId)).leftJoin(users, eq(users.id, reminderEvents.actorId)).where(and(eq(reminderEvents.organisationId, organisationId), eq(reminderEvents.debtorId, debtorId))).orderBy(desc(reminderEvents.at), desc(reminderEvents.id)).limit(500);
}
async function listReminderHistory(db, organisationId, reminderId) {
  return db.select(historyColumns).from(reminderEvents).innerJoin(reminders, eq(reminders.id, reminderEvents.reminderId)).leftJoin(users, eq(users.id, reminderEvents.actorId)).where(and(eq(reminderEvents.organisationId, organisationId), eq(reminderEvents.reminderId, reminderId))).orderBy(desc(reminderEvents.at), desc(reminderEvents.id));
}

export { listReminderHistory as a, listDebtorHistory as l, recordEvents as r };
//# sourceMappingURL=history.js-B574EGaj.js.map
