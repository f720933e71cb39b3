import { a4 as head, a6 as attr, a8 as stringify, a5 as escape_html, _ as derived } from '../../../../../../../chunks/index.js-COLKlL0x.js';
import '../../../../../../../chunks/exports.js-B9Uzt4sy.js';
import '../../../../../../../chunks/utils2.js-ejsMtG81.js';
import '../../../../../../../chunks/utils.js-BmkJLse3.js';
import '../../../../../../../chunks/root.js-Duy9cqKt.js';
import '../../../../../../../chunks/state.svelte.js-BZtVb3pR.js';
import { C as ContactForm } from '../../../../../../../chunks/ContactForm.js-1daS1T-l.js';
import { g as getLocale } from '../../../../../../../chunks/runtime.js-CK3d4wQN.js';
import { a as app_name } from '../../../../../../../chunks/app_name.js-Ctfp6dIQ.js';
import '../../../../../../../chunks/Field.js-BWvlJ_cu.js';
import '../../../../../../../chunks/FormError.js-hJx8zaQ-.js';
import '../../../../../../../chunks/zod-messages.js-Dlwf9NDY.js';
import 'zod';
import 'zod/v4/locales';
import '../../../../../../../chunks/contacts2.js-BGxyN4R2.js';
import '@zootools/email-spell-checker';
import 'libphonenumber-js/mobile';
import '../../../../../../../chunks/Checkbox.js-CzBTU9n8.js';
import '../../../../../../../chunks/labels.js-CtlpdZ8s.js';

const fr_contacts_delete = (
  /** @type {(inputs: Contacts_DeleteInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Supprimer ce contact`
    );
  }
);
const en_contacts_delete = (
  /** @type {(inputs: Contacts_DeleteInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Delete this contact`
    );
  }
);
const contacts_delete = (
  /** @type {((inputs?: Contacts_DeleteInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_DeleteInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_delete();
    return fr_contacts_delete();
  })
);
const fr_contacts_delete_confirm = (
  /** @type {(inputs: Contacts_Delete_ConfirmInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.name} sera retiré des contacts de ce débiteur.`
    );
  }
);
const en_contacts_delete_confirm = (
  /** @type {(inputs: Contacts_Delete_ConfirmInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.name} will be removed from this debtor's contacts.`
    );
  }
);
const contacts_delete_confirm = (
  /** @type {((inputs: Contacts_Delete_ConfirmInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Delete_ConfirmInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_delete_confirm(inputs);
    return fr_contacts_delete_confirm(inputs);
  })
);
const fr_contacts_delete_submit = (
  /** @type {(inputs: Contacts_Delete_SubmitInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Supprimer définitivement`
    );
  }
);
const en_contacts_delete_submit = (
  /** @type {(inputs: Contacts_Delete_SubmitInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Delete for good`
    );
  }
);
const contacts_delete_submit = (
  /** @type {((inputs?: Contacts_Delete_SubmitInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Delete_SubmitInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_delete_submit();
    return fr_contacts_delete_submit();
  })
);
const fr_contacts_edit_title = (
  /** @type {(inputs: Contacts_Edit_TitleInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Contact : ${i?.name}`
    );
  }
);
const en_contacts_edit_title = (
  /** @type {(inputs: Contacts_Edit_TitleInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Contact: ${i?.name}`
    );
  }
);
const contacts_edit_title = (
  /** @type {((inputs: Contacts_Edit_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Edit_TitleInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_edit_title(inputs);
    return fr_contacts_edit_title(inputs);
  })
);
const fr_contacts_save = (
  /** @type {(inputs: Contacts_SaveInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Enregistrer`
    );
  }
);
const en_contacts_save = (
  /** @type {(inputs: Contacts_SaveInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Save`
    );
  }
);
const contacts_save = (
  /** @type {((inputs?: Contacts_SaveInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_SaveInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_save();
    return fr_contacts_save();
  })
);
function _page($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { data, form } = $$props;
    const contact = derived(() => data.contact);
    const fullName = derived(() => [contact().civility, contact().firstName, contact().lastName].filter(Boolean).join(" "));
    head("fuap1", $$renderer2, ($$renderer3) => {
      $$renderer3.title(($$renderer4) => {
        $$renderer4.push(`<title>${escape_html(fullName())} · ${escape_html(data.debtor.name)} · ${escape_html(app_name())}</title>`);
      });
    });
    $$renderer2.push(`<p><a${attr("href", `/debiteurs/${stringify(data.debtor.id)}#contacts`)}>← ${escape_html(data.debtor.name)}</a></p> <h1>${escape_html(contacts_edit_title({ name: fullName() }))}</h1> <div class="card">`);
    ContactForm($$renderer2, {
      initial: contact(),
      form,
      action: "?/save",
      submitLabel: contacts_save()
    });
    $$renderer2.push(`<!----></div> <details class="card"><summary class="svelte-fuap1">${escape_html(contacts_delete())}</summary> <p>${escape_html(contacts_delete_confirm({ name: fullName() }))}</p> <form method="POST" action="?/delete"><button class="button danger" type="submit">${escape_html(contacts_delete_submit())}</button></form></details>`);
  });
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-Dr_5O6sO.js.map
