import { a4 as head, a6 as attr, a8 as stringify, a5 as escape_html, _ as derived } from '../../../../../../../chunks/index.js-COLKlL0x.js';
import '../../../../../../../chunks/exports.js-B9Uzt4sy.js';
import '../../../../../../../chunks/utils2.js-ejsMtG81.js';
import '../../../../../../../chunks/utils.js-BmkJLse3.js';
import '../../../../../../../chunks/root.js-Duy9cqKt.js';
import '../../../../../../../chunks/state.svelte.js-BZtVb3pR.js';
import { F as Field } from '../../../../../../../chunks/Field.js-BWvlJ_cu.js';
import { F as FormError } from '../../../../../../../chunks/FormError.js-hJx8zaQ-.js';
import '../../../../../../../chunks/zod-messages.js-Dlwf9NDY.js';
import '../../../../../../../chunks/debtors.js-CoyJEW0s.js';
import { i as invoices_new } from '../../../../../../../chunks/invoices_new.js-CNSl8qMc.js';
import { g as getLocale } from '../../../../../../../chunks/runtime.js-CK3d4wQN.js';
import { a as app_name } from '../../../../../../../chunks/app_name.js-Ctfp6dIQ.js';
import 'zod';
import 'zod/v4/locales';
import '../../../../../../../chunks/error_date.js-CxrjOK98.js';

const fr_invoices_amount = (
  /** @type {(inputs: Invoices_AmountInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Montant (€)`
    );
  }
);
const en_invoices_amount = (
  /** @type {(inputs: Invoices_AmountInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Amount (€)`
    );
  }
);
const invoices_amount = (
  /** @type {((inputs?: Invoices_AmountInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invoices_AmountInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_invoices_amount();
    return fr_invoices_amount();
  })
);
const fr_invoices_create_submit = (
  /** @type {(inputs: Invoices_Create_SubmitInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Ajouter la facture`
    );
  }
);
const en_invoices_create_submit = (
  /** @type {(inputs: Invoices_Create_SubmitInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Add invoice`
    );
  }
);
const invoices_create_submit = (
  /** @type {((inputs?: Invoices_Create_SubmitInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invoices_Create_SubmitInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_invoices_create_submit();
    return fr_invoices_create_submit();
  })
);
const fr_invoices_due_date = (
  /** @type {(inputs: Invoices_Due_DateInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Date d'échéance`
    );
  }
);
const en_invoices_due_date = (
  /** @type {(inputs: Invoices_Due_DateInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Due date`
    );
  }
);
const invoices_due_date = (
  /** @type {((inputs?: Invoices_Due_DateInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invoices_Due_DateInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_invoices_due_date();
    return fr_invoices_due_date();
  })
);
const fr_invoices_issue_date = (
  /** @type {(inputs: Invoices_Issue_DateInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Date d'émission`
    );
  }
);
const en_invoices_issue_date = (
  /** @type {(inputs: Invoices_Issue_DateInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Issue date`
    );
  }
);
const invoices_issue_date = (
  /** @type {((inputs?: Invoices_Issue_DateInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invoices_Issue_DateInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_invoices_issue_date();
    return fr_invoices_issue_date();
  })
);
const fr_invoices_number = (
  /** @type {(inputs: Invoices_NumberInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Numéro de facture`
    );
  }
);
const en_invoices_number = (
  /** @type {(inputs: Invoices_NumberInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Invoice number`
    );
  }
);
const invoices_number = (
  /** @type {((inputs?: Invoices_NumberInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invoices_NumberInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_invoices_number();
    return fr_invoices_number();
  })
);
function _page($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { data, form } = $$props;
    const errors = derived(() => (form && "errors" in form ? form.errors : {}) ?? {});
    const values = derived(() => (form && "values" in form ? form.values : {}) ?? {});
    head("191r55o", $$renderer2, ($$renderer3) => {
      $$renderer3.title(($$renderer4) => {
        $$renderer4.push(`<title>${escape_html(invoices_new())} · ${escape_html(data.debtor.name)} · ${escape_html(app_name())}</title>`);
      });
    });
    $$renderer2.push(`<p><a${attr("href", `/debiteurs/${stringify(data.debtor.id)}#factures`)}>← ${escape_html(data.debtor.name)}</a></p> <h1>${escape_html(invoices_new())}</h1> <div class="card">`);
    FormError($$renderer2, { message: errors()._form });
    $$renderer2.push(`<!----> <form method="POST" novalidate="">`);
    Field($$renderer2, {
      label: invoices_number(),
      name: "number",
      value: String(values().number ?? ""),
      error: errors().number,
      maxlength: 40,
      required: true,
      autocomplete: "off"
    });
    $$renderer2.push(`<!----> `);
    Field($$renderer2, {
      label: invoices_issue_date(),
      name: "issueDate",
      type: "date",
      value: String(values().issueDate ?? data.today),
      error: errors().issueDate,
      required: true
    });
    $$renderer2.push(`<!----> `);
    Field($$renderer2, {
      label: invoices_due_date(),
      name: "dueDate",
      type: "date",
      value: String(values().dueDate ?? data.today),
      error: errors().dueDate,
      required: true
    });
    $$renderer2.push(`<!----> `);
    Field($$renderer2, {
      label: invoices_amount(),
      name: "amount",
      inputmode: "decimal",
      autocomplete: "off",
      placeholder: "1 234,56",
      value: String(values().amount ?? ""),
      error: errors().amount,
      maxlength: 30,
      required: true
    });
    $$renderer2.push(`<!----> <button class="button" type="submit">${escape_html(invoices_create_submit())}</button></form></div>`);
  });
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-BXhisiIJ.js.map
