import { O as redirect, C as error } from '../../../../../../../chunks/utils.js-BmkJLse3.js';
import { r as readForm, f as formError, i as invalid } from '../../../../../../../chunks/forms.js-Dc3ZRNEr.js';
import { p as paymentSchema } from '../../../../../../../chunks/debtors.js-CoyJEW0s.js';
import { and, eq, sql, asc } from 'drizzle-orm';
import { f as debtors, i as invoices, p as payments } from '../../../../../../../chunks/reminders.js-1QsuNvTf.js';
import { i as isUuid } from '../../../../../../../chunks/ids.js-ClD26XtQ.js';
import { g as getDebtor } from '../../../../../../../chunks/queries2.js-lUfnGTk8.js';
import { t as today } from '../../../../../../../chunks/today.js-PWHA1Du0.js';
import { f as formatMoney } from '../../../../../../../chunks/format.js-iD5Wb3O1.js';
import { e as error_not_found } from '../../../../../../../chunks/error_not_found.js-CUBvdG1a.js';
import { g as getLocale } from '../../../../../../../chunks/runtime.js-CK3d4wQN.js';

const fr_payments_invoice_paid = (
  /** @type {(inputs: Payments_Invoice_PaidInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Cette facture est déjà entièrement payée.`
    );
  }
);
const en_payments_invoice_paid = (
  /** @type {(inputs: Payments_Invoice_PaidInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `This invoice is already fully paid.`
    );
  }
);
const payments_invoice_paid = (
  /** @type {((inputs?: Payments_Invoice_PaidInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Payments_Invoice_PaidInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_payments_invoice_paid();
    return fr_payments_invoice_paid();
  })
);
const fr_payments_overpayment = (
  /** @type {(inputs: Payments_OverpaymentInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Ce paiement dépasse le total restant dû (${i?.open}) : il ne peut pas être enregistré.`
    );
  }
);
const en_payments_overpayment = (
  /** @type {(inputs: Payments_OverpaymentInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `This payment exceeds the total still owed (${i?.open}): it cannot be recorded.`
    );
  }
);
const payments_overpayment = (
  /** @type {((inputs: Payments_OverpaymentInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Payments_OverpaymentInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_payments_overpayment(inputs);
    return fr_payments_overpayment(inputs);
  })
);
async function recordPayment(db, organisationId, actorId, input) {
  if (!isUuid(input.debtorId)) return { kind: "not_found" };
  return db.transaction(async (tx) => {
    const [debtor] = await tx.select({ id: debtors.id }).from(debtors).where(and(eq(debtors.id, input.debtorId), eq(debtors.organisationId, organisationId)));
    if (!debtor) return { kind: "not_found" };
    if (input.invoiceId) {
      const [chosen] = await tx.select({ amountCents: invoices.amountCents, paidCents: invoices.paidCents }).from(invoices).where(
        and(
          eq(invoices.id, input.invoiceId),
          eq(invoices.debtorId, debtor.id),
          eq(invoices.organisationId, organisationId)
        )
      );
      if (!chosen) return { kind: "invoice_not_found" };
      if (chosen.paidCents >= chosen.amountCents) return { kind: "invoice_paid" };
    }
    const open = await tx.select({ id: invoices.id, number: invoices.number, amountCents: invoices.amountCents, paidCents: invoices.paidCents }).from(invoices).where(and(eq(invoices.debtorId, debtor.id), sql`${invoices.paidCents} < ${invoices.amountCents}`)).orderBy(asc(invoices.dueDate), asc(invoices.issueDate), asc(invoices.number)).for("update");
    const ordered = [...open.filter((i) => i.id === input.invoiceId), ...open.filter((i) => i.id !== input.invoiceId)];
    const openCents = ordered.reduce((sum, i) => sum + i.amountCents - i.paidCents, 0);
    if (input.amountCents > openCents) return { kind: "overpayment", openCents };
    let left = input.amountCents;
    const allocations = [];
    for (const invoice of ordered) {
      if (left === 0) break;
      const part = Math.min(left, invoice.amountCents - invoice.paidCents);
      left -= part;
      allocations.push({ invoiceId: invoice.id, number: invoice.number, amountCents: part });
      await tx.update(invoices).set({ paidCents: sql`${invoices.paidCents} + ${part}` }).where(eq(invoices.id, invoice.id));
    }
    await tx.insert(payments).values(
      allocations.map((a) => ({
        organisationId,
        debtorId: debtor.id,
        invoiceId: a.invoiceId,
        amountCents: a.amountCents,
        paidOn: input.paidOn,
        reference: input.reference
      }))
    );
    return { kind: "recorded", debtorId: debtor.id, allocations };
  });
}
const load = async ({ locals, params }) => {
  const debtor = isUuid(params.id) ? await getDebtor(locals.db, locals.organisation.id, params.id) : null;
  if (!debtor) error(404, error_not_found());
  return { debtor, today: today() };
};
const actions = {
  default: async ({ request, locals, params }) => {
    const { data: input, failure, values } = await readForm(request, paymentSchema);
    if (failure) return failure;
    const outcome = await recordPayment(locals.db, locals.organisation.id, locals.user.id, { ...input, debtorId: params.id });
    if (outcome.kind === "not_found" || outcome.kind === "invoice_not_found") return formError(404, error_not_found());
    if (outcome.kind === "invoice_paid") return invalid(400, { invoiceId: payments_invoice_paid() }, values);
    if (outcome.kind === "overpayment")
      return invalid(400, { amount: payments_overpayment({ open: formatMoney(outcome.openCents) }) }, values);
    redirect(303, `/debiteurs/${outcome.debtorId}#factures`);
  }
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
  __proto__: null,
  actions: actions,
  load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-CaMASRYg.js.map
