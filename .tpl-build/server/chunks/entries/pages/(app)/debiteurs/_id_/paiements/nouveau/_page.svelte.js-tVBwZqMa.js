import { a4 as head, a6 as attr, a8 as stringify, a5 as escape_html, a7 as ensure_array_like, _ as derived } from '../../../../../../../chunks/index.js-COLKlL0x.js';
import '../../../../../../../chunks/exports.js-B9Uzt4sy.js';
import '../../../../../../../chunks/utils2.js-ejsMtG81.js';
import '../../../../../../../chunks/utils.js-BmkJLse3.js';
import '../../../../../../../chunks/root.js-Duy9cqKt.js';
import '../../../../../../../chunks/state.svelte.js-BZtVb3pR.js';
import { f as formatMoney, a as formatDate } from '../../../../../../../chunks/format.js-iD5Wb3O1.js';
import { F as Field } from '../../../../../../../chunks/Field.js-BWvlJ_cu.js';
import { F as FormError } from '../../../../../../../chunks/FormError.js-hJx8zaQ-.js';
import '../../../../../../../chunks/zod-messages.js-Dlwf9NDY.js';
import '../../../../../../../chunks/debtors.js-CoyJEW0s.js';
import { p as payments_new, d as debtors_balance } from '../../../../../../../chunks/payments_new.js-C6vml59G.js';
import { g as getLocale } from '../../../../../../../chunks/runtime.js-CK3d4wQN.js';
import { a as app_name } from '../../../../../../../chunks/app_name.js-Ctfp6dIQ.js';
import 'zod';
import 'zod/v4/locales';
import '../../../../../../../chunks/error_date.js-CxrjOK98.js';

const fr_payments_allocation_help = (
  /** @type {(inputs: Payments_Allocation_HelpInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Le paiement règle d'abord la facture choisie, puis les plus anciennes factures impayées.`
    );
  }
);
const en_payments_allocation_help = (
  /** @type {(inputs: Payments_Allocation_HelpInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `The payment settles the chosen invoice first, then the oldest unpaid invoices.`
    );
  }
);
const payments_allocation_help = (
  /** @type {((inputs?: Payments_Allocation_HelpInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Payments_Allocation_HelpInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_payments_allocation_help();
    return fr_payments_allocation_help();
  })
);
const fr_payments_amount = (
  /** @type {(inputs: Payments_AmountInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Montant reçu (€)`
    );
  }
);
const en_payments_amount = (
  /** @type {(inputs: Payments_AmountInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Amount received (€)`
    );
  }
);
const payments_amount = (
  /** @type {((inputs?: Payments_AmountInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Payments_AmountInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_payments_amount();
    return fr_payments_amount();
  })
);
const fr_payments_create_submit = (
  /** @type {(inputs: Payments_Create_SubmitInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Enregistrer le paiement`
    );
  }
);
const en_payments_create_submit = (
  /** @type {(inputs: Payments_Create_SubmitInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Record payment`
    );
  }
);
const payments_create_submit = (
  /** @type {((inputs?: Payments_Create_SubmitInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Payments_Create_SubmitInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_payments_create_submit();
    return fr_payments_create_submit();
  })
);
const fr_payments_invoice = (
  /** @type {(inputs: Payments_InvoiceInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Facture réglée`
    );
  }
);
const en_payments_invoice = (
  /** @type {(inputs: Payments_InvoiceInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Invoice paid`
    );
  }
);
const payments_invoice = (
  /** @type {((inputs?: Payments_InvoiceInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Payments_InvoiceInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_payments_invoice();
    return fr_payments_invoice();
  })
);
const fr_payments_invoice_oldest = (
  /** @type {(inputs: Payments_Invoice_OldestInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Les plus anciennes factures impayées`
    );
  }
);
const en_payments_invoice_oldest = (
  /** @type {(inputs: Payments_Invoice_OldestInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `The oldest unpaid invoices`
    );
  }
);
const payments_invoice_oldest = (
  /** @type {((inputs?: Payments_Invoice_OldestInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Payments_Invoice_OldestInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_payments_invoice_oldest();
    return fr_payments_invoice_oldest();
  })
);
const fr_payments_invoice_option = (
  /** @type {(inputs: Payments_Invoice_OptionInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.number} — échéance ${i?.due} — reste ${i?.remaining}`
    );
  }
);
const en_payments_invoice_option = (
  /** @type {(inputs: Payments_Invoice_OptionInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.number} — due ${i?.due} — ${i?.remaining} left`
    );
  }
);
const payments_invoice_option = (
  /** @type {((inputs: Payments_Invoice_OptionInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Payments_Invoice_OptionInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_payments_invoice_option(inputs);
    return fr_payments_invoice_option(inputs);
  })
);
const fr_payments_paid_on = (
  /** @type {(inputs: Payments_Paid_OnInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Date du paiement`
    );
  }
);
const en_payments_paid_on = (
  /** @type {(inputs: Payments_Paid_OnInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Payment date`
    );
  }
);
const payments_paid_on = (
  /** @type {((inputs?: Payments_Paid_OnInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Payments_Paid_OnInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_payments_paid_on();
    return fr_payments_paid_on();
  })
);
const fr_payments_reference = (
  /** @type {(inputs: Payments_ReferenceInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Référence (virement, chèque…)`
    );
  }
);
const en_payments_reference = (
  /** @type {(inputs: Payments_ReferenceInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Reference (transfer, cheque…)`
    );
  }
);
const payments_reference = (
  /** @type {((inputs?: Payments_ReferenceInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Payments_ReferenceInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_payments_reference();
    return fr_payments_reference();
  })
);
function _page($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { data, form } = $$props;
    const debtor = derived(() => data.debtor);
    const errors = derived(() => (form && "errors" in form ? form.errors : {}) ?? {});
    const values = derived(() => (form && "values" in form ? form.values : {}) ?? {});
    head("1lrz8cw", $$renderer2, ($$renderer3) => {
      $$renderer3.title(($$renderer4) => {
        $$renderer4.push(`<title>${escape_html(payments_new())} · ${escape_html(debtor().name)} · ${escape_html(app_name())}</title>`);
      });
    });
    $$renderer2.push(`<p><a${attr("href", `/debiteurs/${stringify(debtor().id)}#factures`)}>← ${escape_html(debtor().name)}</a></p> <h1>${escape_html(payments_new())}</h1> <p>${escape_html(debtors_balance())} : <strong class="amount">${escape_html(formatMoney(debtor().balanceCents))}</strong></p> <div class="card">`);
    FormError($$renderer2, { message: errors()._form });
    $$renderer2.push(`<!----> <form method="POST" novalidate="">`);
    Field($$renderer2, {
      label: payments_amount(),
      name: "amount",
      inputmode: "decimal",
      autocomplete: "off",
      placeholder: "1 234,56",
      value: String(values().amount ?? ""),
      error: errors().amount,
      maxlength: 30,
      required: true
    });
    $$renderer2.push(`<!----> `);
    Field($$renderer2, {
      label: payments_paid_on(),
      name: "paidOn",
      type: "date",
      value: String(values().paidOn ?? data.today),
      error: errors().paidOn,
      required: true
    });
    $$renderer2.push(`<!----> <div class="field"><label for="field-invoiceId">${escape_html(payments_invoice())}</label> <select id="field-invoiceId" name="invoiceId"${attr("aria-invalid", errors().invoiceId ? "true" : void 0)} aria-describedby="field-invoiceId-help">`);
    $$renderer2.option({ value: "" }, ($$renderer3) => {
      $$renderer3.push(`${escape_html(payments_invoice_oldest())}`);
    });
    $$renderer2.push(`<!--[-->`);
    const each_array = ensure_array_like(debtor().unpaidInvoices);
    for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
      let invoice = each_array[$$index];
      $$renderer2.option(
        {
          value: invoice.id,
          selected: values().invoiceId === invoice.id
        },
        ($$renderer3) => {
          $$renderer3.push(`${escape_html(payments_invoice_option({
            number: invoice.number,
            due: formatDate(invoice.dueDate),
            remaining: formatMoney(invoice.amountCents - invoice.paidCents)
          }))}`);
        }
      );
    }
    $$renderer2.push(`<!--]--></select> <p class="muted help svelte-1lrz8cw" id="field-invoiceId-help">${escape_html(payments_allocation_help())}</p> `);
    if (errors().invoiceId) {
      $$renderer2.push(`<!--[0--><p class="error" role="alert">${escape_html(errors().invoiceId)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></div> `);
    Field($$renderer2, {
      label: payments_reference(),
      name: "reference",
      value: String(values().reference ?? ""),
      error: errors().reference,
      maxlength: 120,
      autocomplete: "off"
    });
    $$renderer2.push(`<!----> <button class="button" type="submit">${escape_html(payments_create_submit())}</button></form></div>`);
  });
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-tVBwZqMa.js.map
