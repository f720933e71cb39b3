import { a4 as head, a5 as escape_html, a7 as ensure_array_like, a6 as attr, a8 as stringify } from '../../../../chunks/index.js-COLKlL0x.js';
import { c as channelLabel, t as templates_keep } from '../../../../chunks/labels2.js-kgf7o--G.js';
import { t as templates_title } from '../../../../chunks/templates_title.js-wPoXKlLf.js';
import { t as templates_new } from '../../../../chunks/templates_new.js-DJXI_sVi.js';
import { g as getLocale } from '../../../../chunks/runtime.js-CK3d4wQN.js';
import { a as app_name } from '../../../../chunks/app_name.js-Ctfp6dIQ.js';
import '../../../../chunks/utils.js-BmkJLse3.js';
import '../../../../chunks/utils2.js-ejsMtG81.js';

const fr_templates_empty = (
  /** @type {(inputs: Templates_EmptyInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Aucun modèle pour l'instant.`
    );
  }
);
const en_templates_empty = (
  /** @type {(inputs: Templates_EmptyInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `No template yet.`
    );
  }
);
const templates_empty = (
  /** @type {((inputs?: Templates_EmptyInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_EmptyInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_empty();
    return fr_templates_empty();
  })
);
const fr_templates_requires_validation_pill = (
  /** @type {(inputs: Templates_Requires_Validation_PillInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `À valider`
    );
  }
);
const en_templates_requires_validation_pill = (
  /** @type {(inputs: Templates_Requires_Validation_PillInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `To approve`
    );
  }
);
const templates_requires_validation_pill = (
  /** @type {((inputs?: Templates_Requires_Validation_PillInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Requires_Validation_PillInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_requires_validation_pill();
    return fr_templates_requires_validation_pill();
  })
);
function _page($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { data } = $$props;
    head("2hugjb", $$renderer2, ($$renderer3) => {
      $$renderer3.title(($$renderer4) => {
        $$renderer4.push(`<title>${escape_html(templates_title())} · ${escape_html(app_name())}</title>`);
      });
    });
    $$renderer2.push(`<div class="heading svelte-2hugjb"><h1 class="svelte-2hugjb">${escape_html(templates_title())}</h1> `);
    if (data.canCreate) {
      $$renderer2.push(`<!--[0--><a class="button" href="/modeles/nouveau">${escape_html(templates_new())}</a>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></div> <div class="card">`);
    if (data.templates.length === 0) {
      $$renderer2.push(`<!--[0--><p class="empty">${escape_html(templates_empty())}</p>`);
    } else {
      $$renderer2.push(`<!--[-1--><ul class="list"><!--[-->`);
      const each_array = ensure_array_like(data.templates);
      for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
        let template = each_array[$$index_1];
        $$renderer2.push(`<li><a class="row-link"${attr("href", `/modeles/${stringify(template.id)}`)}><span><strong>${escape_html(template.name)}</strong><br/> <span class="muted">${escape_html(template.shortDescription)}</span><br/> <!--[-->`);
        const each_array_1 = ensure_array_like(template.channels);
        for (let $$index = 0, $$length2 = each_array_1.length; $$index < $$length2; $$index++) {
          let channel = each_array_1[$$index];
          $$renderer2.push(`<span class="pill svelte-2hugjb">${escape_html(channelLabel(channel))}</span>`);
        }
        $$renderer2.push(`<!--]--> `);
        if (template.requiresValidation) {
          $$renderer2.push(`<!--[0--><span class="pill warn svelte-2hugjb">${escape_html(templates_requires_validation_pill())}</span>`);
        } else {
          $$renderer2.push("<!--[-1-->");
        }
        $$renderer2.push(`<!--]--> `);
        if (template.keep) {
          $$renderer2.push(`<!--[0--><span class="pill svelte-2hugjb">${escape_html(templates_keep())}</span>`);
        } else {
          $$renderer2.push("<!--[-1-->");
        }
        $$renderer2.push(`<!--]--> `);
        if (template.groupName) {
          $$renderer2.push(`<!--[0--><span class="pill svelte-2hugjb">${escape_html(template.groupName)}</span>`);
        } else {
          $$renderer2.push("<!--[-1-->");
        }
        $$renderer2.push(`<!--]--></span></a></li>`);
      }
      $$renderer2.push(`<!--]--></ul>`);
    }
    $$renderer2.push(`<!--]--></div>`);
  });
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-CRCBNVoV.js.map
