import { a6 as attr, a5 as escape_html, _ as derived } from './index.js-COLKlL0x.js';
import { p as page } from './index2.js-Dtf9Hh0X.js';
import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_language_en = (
  /** @type {(inputs: Language_EnInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `English`
    );
  }
);
const en_language_en = (
  /** @type {(inputs: Language_EnInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `English`
    );
  }
);
const language_en = (
  /** @type {((inputs?: Language_EnInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Language_EnInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_language_en();
    return fr_language_en();
  })
);
const fr_language_fr = (
  /** @type {(inputs: Language_FrInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Français`
    );
  }
);
const en_language_fr = (
  /** @type {(inputs: Language_FrInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Français`
    );
  }
);
const language_fr = (
  /** @type {((inputs?: Language_FrInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Language_FrInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_language_fr();
    return fr_language_fr();
  })
);
function LanguageSwitch($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    const other = derived(() => getLocale() === "fr" ? "en" : "fr");
    $$renderer2.push(`<form method="POST" action="/langue" class="language svelte-oq8zre"><input type="hidden" name="locale"${attr("value", other())}/> <input type="hidden" name="redirectTo"${attr("value", page.url.pathname + page.url.search)}/> <button class="button secondary" type="submit"${attr("lang", other())}>${escape_html(other() === "en" ? language_en() : language_fr())}</button></form>`);
  });
}

export { LanguageSwitch as L };
//# sourceMappingURL=LanguageSwitch.js-CqdZuNwa.js.map
