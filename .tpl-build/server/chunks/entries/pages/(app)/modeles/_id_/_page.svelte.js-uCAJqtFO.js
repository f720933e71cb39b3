import { a4 as head, a5 as escape_html } from '../../../../../chunks/index.js-COLKlL0x.js';
import '../../../../../chunks/exports.js-B9Uzt4sy.js';
import '../../../../../chunks/utils2.js-ejsMtG81.js';
import '../../../../../chunks/utils.js-BmkJLse3.js';
import '../../../../../chunks/root.js-Duy9cqKt.js';
import '../../../../../chunks/state.svelte.js-BZtVb3pR.js';
import { T as TemplateForm } from '../../../../../chunks/TemplateForm.js-DuE_3t1h.js';
import { t as templates_title } from '../../../../../chunks/templates_title.js-wPoXKlLf.js';
import { g as getLocale } from '../../../../../chunks/runtime.js-CK3d4wQN.js';
import { a as app_name } from '../../../../../chunks/app_name.js-Ctfp6dIQ.js';
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

const fr_templates_delete = (
  /** @type {(inputs: Templates_DeleteInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Supprimer le modèle`
    );
  }
);
const en_templates_delete = (
  /** @type {(inputs: Templates_DeleteInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Delete the template`
    );
  }
);
const templates_delete = (
  /** @type {((inputs?: Templates_DeleteInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_DeleteInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_delete();
    return fr_templates_delete();
  })
);
const fr_templates_save = (
  /** @type {(inputs: Templates_SaveInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Enregistrer`
    );
  }
);
const en_templates_save = (
  /** @type {(inputs: Templates_SaveInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Save`
    );
  }
);
const templates_save = (
  /** @type {((inputs?: Templates_SaveInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_SaveInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_save();
    return fr_templates_save();
  })
);
function _page($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { data, form } = $$props;
    head("ovz5kv", $$renderer2, ($$renderer3) => {
      $$renderer3.title(($$renderer4) => {
        $$renderer4.push(`<title>${escape_html(data.template.name)} · ${escape_html(app_name())}</title>`);
      });
    });
    $$renderer2.push(`<p><a href="/modeles">← ${escape_html(templates_title())}</a></p> <h1>${escape_html(data.template.name)}</h1> `);
    TemplateForm($$renderer2, {
      template: data.template,
      result: form,
      editor: data,
      canEdit: data.canEdit,
      saveAction: "?/update",
      saveLabel: templates_save()
    });
    $$renderer2.push(`<!----> `);
    if (data.canEdit) {
      $$renderer2.push(`<!--[0--><form method="POST" action="?/delete"><button class="button danger" type="submit">${escape_html(templates_delete())}</button></form>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]-->`);
  });
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-uCAJqtFO.js.map
