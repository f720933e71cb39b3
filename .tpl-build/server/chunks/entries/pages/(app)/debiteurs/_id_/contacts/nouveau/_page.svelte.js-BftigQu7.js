import { a4 as head, a6 as attr, a8 as stringify, a5 as escape_html } from '../../../../../../../chunks/index.js-COLKlL0x.js';
import { C as ContactForm } from '../../../../../../../chunks/ContactForm.js-1daS1T-l.js';
import { c as contacts_new } from '../../../../../../../chunks/contacts_new.js-D5qG_vG6.js';
import { g as getLocale } from '../../../../../../../chunks/runtime.js-CK3d4wQN.js';
import { a as app_name } from '../../../../../../../chunks/app_name.js-Ctfp6dIQ.js';
import '../../../../../../../chunks/utils.js-BmkJLse3.js';
import '../../../../../../../chunks/utils2.js-ejsMtG81.js';
import '../../../../../../../chunks/exports.js-B9Uzt4sy.js';
import '../../../../../../../chunks/root.js-Duy9cqKt.js';
import '../../../../../../../chunks/state.svelte.js-BZtVb3pR.js';
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

const fr_contacts_create_submit = (
  /** @type {(inputs: Contacts_Create_SubmitInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Ajouter le contact`
    );
  }
);
const en_contacts_create_submit = (
  /** @type {(inputs: Contacts_Create_SubmitInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Add contact`
    );
  }
);
const contacts_create_submit = (
  /** @type {((inputs?: Contacts_Create_SubmitInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Create_SubmitInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_create_submit();
    return fr_contacts_create_submit();
  })
);
function _page($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { data, form } = $$props;
    const NEW_CONTACT = {
      role: "relance",
      country: "FR",
      consentEmail: true,
      consentLetter: true,
      consentSms: false
    };
    head("ggz9sl", $$renderer2, ($$renderer3) => {
      $$renderer3.title(($$renderer4) => {
        $$renderer4.push(`<title>${escape_html(contacts_new())} · ${escape_html(data.debtor.name)} · ${escape_html(app_name())}</title>`);
      });
    });
    $$renderer2.push(`<p><a${attr("href", `/debiteurs/${stringify(data.debtor.id)}#contacts`)}>← ${escape_html(data.debtor.name)}</a></p> <h1>${escape_html(contacts_new())}</h1> <div class="card">`);
    ContactForm($$renderer2, {
      initial: NEW_CONTACT,
      form,
      submitLabel: contacts_create_submit()
    });
    $$renderer2.push(`<!----></div>`);
  });
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-BftigQu7.js.map
