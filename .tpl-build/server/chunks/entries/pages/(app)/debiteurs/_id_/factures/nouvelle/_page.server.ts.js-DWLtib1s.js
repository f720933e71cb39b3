import { O as redirect } from '../../../../../../../chunks/utils.js-BmkJLse3.js';
import { r as readForm, f as formError, i as invalid } from '../../../../../../../chunks/forms.js-Dc3ZRNEr.js';
import { i as invoiceSchema } from '../../../../../../../chunks/debtors.js-CoyJEW0s.js';
import { and, eq } from 'drizzle-orm';
import { f as debtors, i as invoices } from '../../../../../../../chunks/reminders.js-1QsuNvTf.js';
import { i as isUuid } from '../../../../../../../chunks/ids.js-ClD26XtQ.js';
import { v as violates } from '../../../../../../../chunks/unique.js-Bono_ivx.js';
import { d as debtorOr404 } from '../../../../../../../chunks/guard.js-BvfwwNfJ.js';
import { t as today } from '../../../../../../../chunks/today.js-PWHA1Du0.js';
import { e as error_not_found } from '../../../../../../../chunks/error_not_found.js-CUBvdG1a.js';
import { g as getLocale } from '../../../../../../../chunks/runtime.js-CK3d4wQN.js';

const fr_invoices_number_taken = (
  /** @type {(inputs: Invoices_Number_TakenInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Ce numéro de facture existe déjà.`
    );
  }
);
const en_invoices_number_taken = (
  /** @type {(inputs: Invoices_Number_TakenInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `This invoice number already exists.`
    );
  }
);
const invoices_number_taken = (
  /** @type {((inputs?: Invoices_Number_TakenInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invoices_Number_TakenInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_invoices_number_taken();
    return fr_invoices_number_taken();
  })
);
async function addInvoice(db, organisationId, debtorId, input) {
  if (!isUuid(debtorId)) return { kind: "not_found" };
  try {
    return await db.transaction(async (tx) => {
      const [debtor] = await tx.select({ id: debtors.id }).from(debtors).where(and(eq(debtors.id, debtorId), eq(debtors.organisationId, organisationId)));
      if (!debtor) return { kind: "not_found" };
      const [invoice] = await tx.insert(invoices).values({ organisationId, debtorId, ...input }).returning({ id: invoices.id });
      return { kind: "saved", id: invoice.id };
    });
  } catch (error) {
    if (violates(error, "invoices_org_number_idx")) return { kind: "duplicate_number" };
    throw error;
  }
}
const load = async ({ locals, params }) => ({
  debtor: await debtorOr404(locals.db, locals.organisation.id, params.id),
  today: today()
});
const actions = {
  default: async ({ request, locals, params }) => {
    const { data: input, failure, values } = await readForm(request, invoiceSchema);
    if (failure) return failure;
    const outcome = await addInvoice(locals.db, locals.organisation.id, params.id, input);
    if (outcome.kind === "not_found") return formError(404, error_not_found());
    if (outcome.kind === "duplicate_number") return invalid(400, { number: invoices_number_taken() }, values);
    redirect(303, `/debiteurs/${params.id}#factures`);
  }
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
  __proto__: null,
  actions: actions,
  load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-DWLtib1s.js.map
