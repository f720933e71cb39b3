import { a4 as head, a5 as escape_html } from '../../chunks/index.js-COLKlL0x.js';
import { p as page } from '../../chunks/index2.js-Dtf9Hh0X.js';
import { e as error_generic } from '../../chunks/error_generic.js-Upp-Gm8K.js';
import { g as getLocale } from '../../chunks/runtime.js-CK3d4wQN.js';
import { a as app_name } from '../../chunks/app_name.js-Ctfp6dIQ.js';
import '../../chunks/utils.js-BmkJLse3.js';
import '../../chunks/utils2.js-ejsMtG81.js';
import '../../chunks/state.svelte.js-BZtVb3pR.js';
import '../../chunks/exports.js-B9Uzt4sy.js';
import '../../chunks/root.js-Duy9cqKt.js';

const fr_error_back_home = (
  /** @type {(inputs: Error_Back_HomeInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Retour à l'accueil`
    );
  }
);
const en_error_back_home = (
  /** @type {(inputs: Error_Back_HomeInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Back to the start`
    );
  }
);
const error_back_home = (
  /** @type {((inputs?: Error_Back_HomeInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Back_HomeInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_error_back_home();
    return fr_error_back_home();
  })
);
function _error($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    head("1j96wlh", $$renderer2, ($$renderer3) => {
      $$renderer3.title(($$renderer4) => {
        $$renderer4.push(`<title>${escape_html(page.status)} · ${escape_html(app_name())}</title>`);
      });
    });
    $$renderer2.push(`<main class="error-page svelte-1j96wlh"><h1>${escape_html(page.status)}</h1> <p>${escape_html(page.error?.message ?? error_generic())}</p> <a class="button" href="/">${escape_html(error_back_home())}</a></main>`);
  });
}

export { _error as default };
//# sourceMappingURL=_error.svelte.js-H8rkc9dI.js.map
