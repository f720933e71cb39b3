import { a5 as escape_html } from '../../../chunks/index.js-COLKlL0x.js';
import { L as LanguageSwitch } from '../../../chunks/LanguageSwitch.js-CqdZuNwa.js';
import { a as app_name } from '../../../chunks/app_name.js-Ctfp6dIQ.js';
import { g as getLocale } from '../../../chunks/runtime.js-CK3d4wQN.js';
import '../../../chunks/utils.js-BmkJLse3.js';
import '../../../chunks/utils2.js-ejsMtG81.js';
import '../../../chunks/index2.js-Dtf9Hh0X.js';
import '../../../chunks/state.svelte.js-BZtVb3pR.js';
import '../../../chunks/exports.js-B9Uzt4sy.js';
import '../../../chunks/root.js-Duy9cqKt.js';

const fr_app_tagline = (
  /** @type {(inputs: App_TaglineInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Les relances de paiement, depuis votre téléphone`
    );
  }
);
const en_app_tagline = (
  /** @type {(inputs: App_TaglineInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Payment reminders, from your phone`
    );
  }
);
const app_tagline = (
  /** @type {((inputs?: App_TaglineInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_TaglineInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_app_tagline();
    return fr_app_tagline();
  })
);
function _layout($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { children } = $$props;
    $$renderer2.push(`<main class="auth svelte-5bky5h"><header class="svelte-5bky5h"><p class="brand svelte-5bky5h">${escape_html(app_name())}</p> <p class="muted">${escape_html(app_tagline())}</p></header> <div class="card">`);
    children($$renderer2);
    $$renderer2.push(`<!----></div> `);
    LanguageSwitch($$renderer2);
    $$renderer2.push(`<!----></main>`);
  });
}

export { _layout as default };
//# sourceMappingURL=_layout.svelte.js-BPGGpjl6.js.map
