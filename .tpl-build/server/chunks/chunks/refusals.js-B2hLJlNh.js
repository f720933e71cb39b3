import { sql, and, eq, inArray } from 'drizzle-orm';
import { f as debtors, h as debtorGroups, g as groups } from './reminders.js-1QsuNvTf.js';
import { i as isUuid } from './ids.js-ClD26XtQ.js';
import { v as violates } from './unique.js-Bono_ivx.js';
import { i as invalid, f as formError } from './forms.js-Dc3ZRNEr.js';
import { g as getLocale } from './runtime.js-CK3d4wQN.js';
import { e as error_choice } from './zod-messages.js-Dlwf9NDY.js';
import { e as error_not_found } from './error_not_found.js-CUBvdG1a.js';

const fr_debtors_account_taken = (
  /** @type {(inputs: Debtors_Account_TakenInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Ce numéro de compte est déjà celui d'un autre débiteur.`
    );
  }
);
const en_debtors_account_taken = (
  /** @type {(inputs: Debtors_Account_TakenInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `This account number already belongs to another debtor.`
    );
  }
);
const debtors_account_taken = (
  /** @type {((inputs?: Debtors_Account_TakenInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_Account_TakenInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_account_taken();
    return fr_debtors_account_taken();
  })
);
class Refused extends Error {
  constructor(outcome) {
    super(outcome.kind);
    this.outcome = outcome;
  }
  outcome;
}
async function createDebtor(db, organisationId, input) {
  return save(db, async (tx) => {
    const [debtor] = await tx.insert(debtors).values({ organisationId, accountNumber: input.accountNumber, name: input.name, leaseReference: input.leaseReference }).returning({ id: debtors.id });
    await setGroups(tx, organisationId, debtor.id, input.groupIds);
    return debtor.id;
  });
}
async function updateDebtor(db, organisationId, id, input) {
  if (!isUuid(id)) return { kind: "not_found" };
  return save(db, async (tx) => {
    const [debtor] = await tx.update(debtors).set({ accountNumber: input.accountNumber, name: input.name, leaseReference: input.leaseReference, updatedAt: sql`now()` }).where(and(eq(debtors.id, id), eq(debtors.organisationId, organisationId))).returning({ id: debtors.id });
    if (!debtor) throw new Refused({ kind: "not_found" });
    await tx.delete(debtorGroups).where(eq(debtorGroups.debtorId, id));
    await setGroups(tx, organisationId, id, input.groupIds);
    return id;
  });
}
async function save(db, write) {
  try {
    return { kind: "saved", id: await db.transaction(write) };
  } catch (error) {
    if (error instanceof Refused) return error.outcome;
    if (violates(error, "debtors_org_account_idx")) return { kind: "duplicate_account" };
    throw error;
  }
}
async function setGroups(tx, organisationId, debtorId, groupIds) {
  const wanted = [...new Set(groupIds)];
  if (!wanted.length) return;
  const found = await tx.select({ id: groups.id }).from(groups).where(and(eq(groups.organisationId, organisationId), inArray(groups.id, wanted)));
  if (found.length !== wanted.length) throw new Refused({ kind: "unknown_group" });
  await tx.insert(debtorGroups).values(wanted.map((groupId) => ({ debtorId, groupId })));
}
function debtorRefusal(outcome, values) {
  if (outcome.kind === "duplicate_account") return invalid(400, { accountNumber: debtors_account_taken() }, values);
  if (outcome.kind === "unknown_group") return invalid(400, { groupIds: error_choice() }, values);
  return formError(404, error_not_found());
}

export { createDebtor as c, debtorRefusal as d, updateDebtor as u };
//# sourceMappingURL=refusals.js-B2hLJlNh.js.map
