import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_templates_title = (
  /** @type {(inputs: Templates_TitleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Modèles`
    );
  }
);
const en_templates_title = (
  /** @type {(inputs: Templates_TitleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Templates`
    );
  }
);
const templates_title = (
  /** @type {((inputs?: Templates_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_TitleInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_title();
    return fr_templates_title();
  })
);

export { templates_title as t };
//# sourceMappingURL=templates_title.js-wPoXKlLf.js.map
