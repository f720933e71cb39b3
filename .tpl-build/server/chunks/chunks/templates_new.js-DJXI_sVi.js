import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_templates_new = (
  /** @type {(inputs: Templates_NewInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Nouveau modèle`
    );
  }
);
const en_templates_new = (
  /** @type {(inputs: Templates_NewInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `New template`
    );
  }
);
const templates_new = (
  /** @type {((inputs?: Templates_NewInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_NewInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_new();
    return fr_templates_new();
  })
);

export { templates_new as t };
//# sourceMappingURL=templates_new.js-DJXI_sVi.js.map
