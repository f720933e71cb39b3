import { a4 as head, a5 as escape_html } from '../../../../chunks/index.js-COLKlL0x.js';
import { g as getLocale } from '../../../../chunks/runtime.js-CK3d4wQN.js';
import { a as app_name } from '../../../../chunks/app_name.js-Ctfp6dIQ.js';
import '../../../../chunks/utils.js-BmkJLse3.js';
import '../../../../chunks/utils2.js-ejsMtG81.js';

const fr_today_empty = (
  /** @type {(inputs: Today_EmptyInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Rien ne part aujourd'hui.`
    );
  }
);
const en_today_empty = (
  /** @type {(inputs: Today_EmptyInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Nothing leaves today.`
    );
  }
);
const today_empty = (
  /** @type {((inputs?: Today_EmptyInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Today_EmptyInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_today_empty();
    return fr_today_empty();
  })
);
const fr_today_title = (
  /** @type {(inputs: Today_TitleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Aujourd'hui`
    );
  }
);
const en_today_title = (
  /** @type {(inputs: Today_TitleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Today`
    );
  }
);
const today_title = (
  /** @type {((inputs?: Today_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Today_TitleInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_today_title();
    return fr_today_title();
  })
);
function _page($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    head("1rfqzjg", $$renderer2, ($$renderer3) => {
      $$renderer3.title(($$renderer4) => {
        $$renderer4.push(`<title>${escape_html(today_title())} · ${escape_html(app_name())}</title>`);
      });
    });
    $$renderer2.push(`<h1>${escape_html(today_title())}</h1> <p class="card empty">${escape_html(today_empty())}</p>`);
  });
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-CM22Oatd.js.map
