import { a4 as head, a5 as escape_html, a6 as attr, a8 as stringify, a7 as ensure_array_like, _ as derived } from '../../../../../chunks/index.js-COLKlL0x.js';
import { R as ReminderForm } from '../../../../../chunks/ReminderForm.js-D74Oqs3N.js';
import { g as getLocale } from '../../../../../chunks/runtime.js-CK3d4wQN.js';
import { s as stateFromPost } from '../../../../../chunks/reminder-form-values.js-DoCcTGl2.js';
import { c as reminders_debtor } from '../../../../../chunks/RecipientPreviews.js-D9veCTr5.js';
import { a as app_name } from '../../../../../chunks/app_name.js-Ctfp6dIQ.js';
import '../../../../../chunks/utils.js-BmkJLse3.js';
import '../../../../../chunks/utils2.js-ejsMtG81.js';
import '../../../../../chunks/exports.js-B9Uzt4sy.js';
import '../../../../../chunks/root.js-Duy9cqKt.js';
import '../../../../../chunks/state.svelte.js-BZtVb3pR.js';
import '../../../../../chunks/reminders2.js-DWGYLsjs.js';
import '../../../../../chunks/zod-messages.js-Dlwf9NDY.js';
import 'zod';
import 'zod/v4/locales';
import '../../../../../chunks/dates.js-AP8tg7EP.js';
import '../../../../../chunks/error_date.js-CxrjOK98.js';
import '../../../../../chunks/reminder-labels.js-DAKPtdMd.js';
import '../../../../../chunks/FormError.js-hJx8zaQ-.js';

const fr_reminders_apply_template = (
  /** @type {(inputs: Reminders_Apply_TemplateInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Appliquer le modèle`
    );
  }
);
const en_reminders_apply_template = (
  /** @type {(inputs: Reminders_Apply_TemplateInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Apply the template`
    );
  }
);
const reminders_apply_template = (
  /** @type {((inputs?: Reminders_Apply_TemplateInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Apply_TemplateInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_apply_template();
    return fr_reminders_apply_template();
  })
);
const fr_reminders_insert_template = (
  /** @type {(inputs: Reminders_Insert_TemplateInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Insérer un modèle`
    );
  }
);
const en_reminders_insert_template = (
  /** @type {(inputs: Reminders_Insert_TemplateInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Insert a template`
    );
  }
);
const reminders_insert_template = (
  /** @type {((inputs?: Reminders_Insert_TemplateInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Insert_TemplateInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_insert_template();
    return fr_reminders_insert_template();
  })
);
const fr_reminders_new = (
  /** @type {(inputs: Reminders_NewInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Nouvelle relance`
    );
  }
);
const en_reminders_new = (
  /** @type {(inputs: Reminders_NewInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `New reminder`
    );
  }
);
const reminders_new = (
  /** @type {((inputs?: Reminders_NewInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_NewInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_new();
    return fr_reminders_new();
  })
);
const fr_reminders_no_template = (
  /** @type {(inputs: Reminders_No_TemplateInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `— Aucun modèle —`
    );
  }
);
const en_reminders_no_template = (
  /** @type {(inputs: Reminders_No_TemplateInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `— No template —`
    );
  }
);
const reminders_no_template = (
  /** @type {((inputs?: Reminders_No_TemplateInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_No_TemplateInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_no_template();
    return fr_reminders_no_template();
  })
);
function TemplatePicker($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { debtorId, templates, selected } = $$props;
    $$renderer2.push(`<form method="GET" class="card picker svelte-p0v960"><input type="hidden" name="debiteur"${attr("value", debtorId)}/> <label for="modele" class="svelte-p0v960">${escape_html(reminders_insert_template())}</label> <div class="row svelte-p0v960"><select id="modele" name="modele" class="svelte-p0v960">`);
    $$renderer2.option({ value: "" }, ($$renderer3) => {
      $$renderer3.push(`${escape_html(reminders_no_template())}`);
    });
    $$renderer2.push(`<!--[-->`);
    const each_array = ensure_array_like(templates);
    for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
      let template = each_array[$$index];
      $$renderer2.option({ value: template.id, selected: template.id === selected }, ($$renderer3) => {
        $$renderer3.push(`${escape_html(template.name)}`);
      });
    }
    $$renderer2.push(`<!--]--></select> <button class="button secondary" type="submit">${escape_html(reminders_apply_template())}</button></div></form>`);
  });
}
function _page($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { data, form } = $$props;
    const values = derived(() => form?.values ? stateFromPost(form.values) : data.state);
    head("1blvqpa", $$renderer2, ($$renderer3) => {
      $$renderer3.title(($$renderer4) => {
        $$renderer4.push(`<title>${escape_html(reminders_new())} · ${escape_html(app_name())}</title>`);
      });
    });
    $$renderer2.push(`<h1>${escape_html(reminders_new())}</h1> <p class="muted">${escape_html(reminders_debtor())} : <a${attr("href", `/debiteurs/${stringify(data.context.debtor.id)}`)}>${escape_html(data.context.debtor.name)}</a> · ${escape_html(data.context.debtor.accountNumber)}</p> `);
    TemplatePicker($$renderer2, {
      debtorId: data.context.debtor.id,
      templates: data.context.templates,
      selected: values().templateId
    });
    $$renderer2.push(`<!----> <div class="card">`);
    ReminderForm($$renderer2, {
      debtorId: data.context.debtor.id,
      contacts: data.context.contacts,
      groups: data.context.groups,
      values: values(),
      today: data.context.today,
      validationLocked: false,
      errors: form?.errors ?? {},
      previews: form && "previews" in form ? form.previews : void 0
    });
    $$renderer2.push(`<!----></div>`);
  });
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-CNm5clrS.js.map
