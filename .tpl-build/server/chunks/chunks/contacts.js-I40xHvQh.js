import { sql, eq, and, inArray } from 'drizzle-orm';
import { j as contacts, a as reminders, c as reminderRecipients, f as debtors } from './reminders.js-1QsuNvTf.js';
import { i as isUuid } from './ids.js-ClD26XtQ.js';
import { s as suggestEmail } from './contacts2.js-BGxyN4R2.js';

function emailFlags(email) {
  const suggestion = email ? suggestEmail(email) : null;
  return {
    email,
    emailCheck: suggestion ? "typo" : null,
    emailSuggestion: suggestion,
    emailCheckOverridden: false
  };
}
const owned = (organisationId, debtorId, contactId) => isUuid(debtorId) && isUuid(contactId) ? and(eq(contacts.id, contactId), eq(contacts.debtorId, debtorId), eq(contacts.organisationId, organisationId)) : sql`false`;
async function getContact(db, organisationId, debtorId, contactId) {
  const [contact] = await db.select().from(contacts).where(owned(organisationId, debtorId, contactId));
  return contact ?? null;
}
async function createContact(db, organisationId, debtorId, input) {
  return db.transaction(async (tx) => {
    const [debtor] = isUuid(debtorId) ? await tx.select({ id: debtors.id }).from(debtors).where(and(eq(debtors.id, debtorId), eq(debtors.organisationId, organisationId))) : [];
    if (!debtor) return { kind: "not_found" };
    const [contact] = await tx.insert(contacts).values({ ...input, ...emailFlags(input.email), organisationId, debtorId }).returning({ id: contacts.id });
    return { kind: "saved", id: contact.id };
  });
}
async function updateContact(db, organisationId, debtorId, contactId, input) {
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ email: contacts.email }).from(contacts).where(owned(organisationId, debtorId, contactId)).for("update");
    if (!current) return "not_found";
    const email = current.email === input.email ? {} : emailFlags(input.email);
    await tx.update(contacts).set({ ...input, ...email, updatedAt: sql`now()` }).where(owned(organisationId, debtorId, contactId));
    return "ok";
  });
}
async function useEmailSuggestion(db, organisationId, debtorId, contactId) {
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ suggestion: contacts.emailSuggestion }).from(contacts).where(owned(organisationId, debtorId, contactId)).for("update");
    if (!current) return "not_found";
    if (!current.suggestion) return "no_suggestion";
    await tx.update(contacts).set({ ...emailFlags(current.suggestion), updatedAt: sql`now()` }).where(owned(organisationId, debtorId, contactId));
    return "ok";
  });
}
async function keepEmail(db, organisationId, debtorId, contactId) {
  const kept = await db.update(contacts).set({ emailCheckOverridden: true, updatedAt: sql`now()` }).where(owned(organisationId, debtorId, contactId)).returning({ id: contacts.id });
  return kept.length ? "ok" : "not_found";
}
const PENDING = ["draft", "pending_validation", "scheduled", "sending", "to_review"];
async function deleteContact(db, organisationId, debtorId, contactId) {
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ id: contacts.id }).from(contacts).where(owned(organisationId, debtorId, contactId)).for("update");
    if (!current) return "not_found";
    const [pending] = await tx.select({ id: reminders.id }).from(reminderRecipients).innerJoin(reminders, eq(reminders.id, reminderRecipients.reminderId)).where(and(eq(reminderRecipients.contactId, contactId), inArray(reminders.status, [...PENDING]))).limit(1);
    if (pending) return "in_pending_reminder";
    await tx.delete(contacts).where(owned(organisationId, debtorId, contactId));
    return "ok";
  });
}

export { updateContact as a, createContact as c, deleteContact as d, getContact as g, keepEmail as k, useEmailSuggestion as u };
//# sourceMappingURL=contacts.js-I40xHvQh.js.map
