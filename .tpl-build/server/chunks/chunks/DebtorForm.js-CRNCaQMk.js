import { a5 as escape_html, a7 as ensure_array_like, _ as derived } from './index.js-COLKlL0x.js';
import './exports.js-B9Uzt4sy.js';
import './utils2.js-ejsMtG81.js';
import './utils.js-BmkJLse3.js';
import './root.js-Duy9cqKt.js';
import './state.svelte.js-BZtVb3pR.js';
import { F as Field } from './Field.js-BWvlJ_cu.js';
import { F as FormError } from './FormError.js-hJx8zaQ-.js';
import './zod-messages.js-Dlwf9NDY.js';
import './debtors.js-CoyJEW0s.js';
import { C as Checkbox } from './Checkbox.js-CzBTU9n8.js';
import { g as getLocale } from './runtime.js-CK3d4wQN.js';
import { d as debtors_groups } from './debtors_groups.js-3iLZn_Lx.js';
import { g as groups_none } from './groups_none.js-D8KKXww5.js';

const fr_debtors_account_number = (
  /** @type {(inputs: Debtors_Account_NumberInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Numéro de compte`
    );
  }
);
const en_debtors_account_number = (
  /** @type {(inputs: Debtors_Account_NumberInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Account number`
    );
  }
);
const debtors_account_number = (
  /** @type {((inputs?: Debtors_Account_NumberInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_Account_NumberInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_account_number();
    return fr_debtors_account_number();
  })
);
const fr_debtors_lease_reference = (
  /** @type {(inputs: Debtors_Lease_ReferenceInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Référence du bien ou du bail`
    );
  }
);
const en_debtors_lease_reference = (
  /** @type {(inputs: Debtors_Lease_ReferenceInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Property or lease reference`
    );
  }
);
const debtors_lease_reference = (
  /** @type {((inputs?: Debtors_Lease_ReferenceInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_Lease_ReferenceInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_lease_reference();
    return fr_debtors_lease_reference();
  })
);
const fr_debtors_name = (
  /** @type {(inputs: Debtors_NameInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Nom`
    );
  }
);
const en_debtors_name = (
  /** @type {(inputs: Debtors_NameInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Name`
    );
  }
);
const debtors_name = (
  /** @type {((inputs?: Debtors_NameInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_NameInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_name();
    return fr_debtors_name();
  })
);
function DebtorForm($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { groups, initial, form, submitLabel } = $$props;
    const errors = derived(() => form?.errors ?? {});
    const values = derived(() => form?.values ?? initial);
    const checked = derived(() => [values().groupIds ?? []].flat());
    FormError($$renderer2, { message: errors()._form });
    $$renderer2.push(`<!----> <form method="POST" novalidate="">`);
    Field($$renderer2, {
      label: debtors_account_number(),
      name: "accountNumber",
      value: String(values().accountNumber ?? ""),
      error: errors().accountNumber,
      maxlength: 40,
      required: true,
      autocomplete: "off"
    });
    $$renderer2.push(`<!----> `);
    Field($$renderer2, {
      label: debtors_name(),
      name: "name",
      value: String(values().name ?? ""),
      error: errors().name,
      maxlength: 160,
      required: true
    });
    $$renderer2.push(`<!----> `);
    Field($$renderer2, {
      label: debtors_lease_reference(),
      name: "leaseReference",
      value: String(values().leaseReference ?? ""),
      error: errors().leaseReference,
      maxlength: 300
    });
    $$renderer2.push(`<!----> <fieldset class="field svelte-1ragnsh"><legend class="svelte-1ragnsh">${escape_html(debtors_groups())}</legend> `);
    const each_array = ensure_array_like(groups);
    if (each_array.length !== 0) {
      $$renderer2.push("<!--[-->");
      for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
        let group = each_array[$$index];
        Checkbox($$renderer2, {
          label: group.name,
          name: "groupIds",
          value: group.id,
          checked: checked().includes(group.id)
        });
      }
    } else {
      $$renderer2.push(`<!--[!--><p class="muted">${escape_html(groups_none())}</p>`);
    }
    $$renderer2.push(`<!--]--> `);
    if (errors().groupIds) {
      $$renderer2.push(`<!--[0--><p class="error" role="alert">${escape_html(errors().groupIds)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></fieldset> <button class="button" type="submit">${escape_html(submitLabel)}</button></form>`);
  });
}

export { DebtorForm as D };
//# sourceMappingURL=DebtorForm.js-CRNCaQMk.js.map
