import { a4 as head, a5 as escape_html, a7 as ensure_array_like, a6 as attr } from '../../../../chunks/index.js-COLKlL0x.js';
import { r as roleLabel } from '../../../../chunks/role-labels.js-IVMoSspU.js';
import { o as organisation_switch } from '../../../../chunks/organisation_switch.js-BuDy-Vq_.js';
import { g as getLocale } from '../../../../chunks/runtime.js-CK3d4wQN.js';
import { a as app_name } from '../../../../chunks/app_name.js-Ctfp6dIQ.js';
import '../../../../chunks/utils.js-BmkJLse3.js';
import '../../../../chunks/utils2.js-ejsMtG81.js';

const fr_organisation_active = (
  /** @type {(inputs: Organisation_ActiveInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Organisation active`
    );
  }
);
const en_organisation_active = (
  /** @type {(inputs: Organisation_ActiveInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Active organisation`
    );
  }
);
const organisation_active = (
  /** @type {((inputs?: Organisation_ActiveInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Organisation_ActiveInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_organisation_active();
    return fr_organisation_active();
  })
);
function _page($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { data } = $$props;
    head("1gtsbua", $$renderer2, ($$renderer3) => {
      $$renderer3.title(($$renderer4) => {
        $$renderer4.push(`<title>${escape_html(organisation_switch())} · ${escape_html(app_name())}</title>`);
      });
    });
    $$renderer2.push(`<h1>${escape_html(organisation_switch())}</h1> <div class="card"><ul class="list"><!--[-->`);
    const each_array = ensure_array_like(data.organisations);
    for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
      let org = each_array[$$index];
      $$renderer2.push(`<li class="org svelte-1gtsbua"><span><strong>${escape_html(org.name)}</strong><br/><span class="muted">${escape_html(roleLabel(org.role))}</span></span> `);
      if (org.id === data.organisation.id) {
        $$renderer2.push(`<!--[0--><span class="pill">${escape_html(organisation_active())}</span>`);
      } else {
        $$renderer2.push(`<!--[-1--><form method="POST" action="?/switch"><input type="hidden" name="organisationId"${attr("value", org.id)}/> <button class="button secondary" type="submit">${escape_html(organisation_switch())}</button></form>`);
      }
      $$renderer2.push(`<!--]--></li>`);
    }
    $$renderer2.push(`<!--]--></ul></div>`);
  });
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-Dqky5Q9r.js.map
