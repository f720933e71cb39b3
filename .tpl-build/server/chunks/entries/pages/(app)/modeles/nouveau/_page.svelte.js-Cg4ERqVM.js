import { a4 as head, a5 as escape_html } from '../../../../../chunks/index.js-COLKlL0x.js';
import { T as TemplateForm } from '../../../../../chunks/TemplateForm.js-DuE_3t1h.js';
import { t as templates_title } from '../../../../../chunks/templates_title.js-wPoXKlLf.js';
import { t as templates_new } from '../../../../../chunks/templates_new.js-DJXI_sVi.js';
import { g as getLocale } from '../../../../../chunks/runtime.js-CK3d4wQN.js';
import { a as app_name } from '../../../../../chunks/app_name.js-Ctfp6dIQ.js';
import '../../../../../chunks/utils.js-BmkJLse3.js';
import '../../../../../chunks/utils2.js-ejsMtG81.js';
import '../../../../../chunks/exports.js-B9Uzt4sy.js';
import '../../../../../chunks/root.js-Duy9cqKt.js';
import '../../../../../chunks/state.svelte.js-BZtVb3pR.js';
import '../../../../../chunks/Field.js-BWvlJ_cu.js';
import '../../../../../chunks/FormError.js-hJx8zaQ-.js';
import '../../../../../chunks/zod-messages.js-Dlwf9NDY.js';
import 'zod';
import 'zod/v4/locales';
import '../../../../../chunks/templates.js-DXltUXkq.js';
import '../../../../../chunks/reminders2.js-DWGYLsjs.js';
import '../../../../../chunks/dates.js-AP8tg7EP.js';
import '../../../../../chunks/error_date.js-CxrjOK98.js';
import '../../../../../chunks/labels2.js-kgf7o--G.js';
import 'sms-segments-calculator';

const fr_templates_create = (
  /** @type {(inputs: Templates_CreateInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Créer le modèle`
    );
  }
);
const en_templates_create = (
  /** @type {(inputs: Templates_CreateInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Create the template`
    );
  }
);
const templates_create = (
  /** @type {((inputs?: Templates_CreateInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_CreateInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_create();
    return fr_templates_create();
  })
);
function _page($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { data, form } = $$props;
    const blank = {
      name: "",
      shortDescription: "",
      description: "",
      requiresValidation: false,
      keep: false,
      groupId: null,
      channels: ["email"],
      emailSubject: "",
      emailHeader: "",
      emailBody: "",
      emailFooter: "",
      smsText: "",
      letterBody: ""
    };
    head("1rm1yyp", $$renderer2, ($$renderer3) => {
      $$renderer3.title(($$renderer4) => {
        $$renderer4.push(`<title>${escape_html(templates_new())} · ${escape_html(app_name())}</title>`);
      });
    });
    $$renderer2.push(`<p><a href="/modeles">← ${escape_html(templates_title())}</a></p> <h1>${escape_html(templates_new())}</h1> `);
    TemplateForm($$renderer2, {
      template: blank,
      result: form,
      editor: data,
      canEdit: true,
      saveAction: "?/create",
      saveLabel: templates_create()
    });
    $$renderer2.push(`<!---->`);
  });
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-Cg4ERqVM.js.map
