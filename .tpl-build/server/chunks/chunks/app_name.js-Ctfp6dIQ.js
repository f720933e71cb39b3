import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_app_name = (
  /** @type {(inputs: App_NameInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Relance`
    );
  }
);
const en_app_name = (
  /** @type {(inputs: App_NameInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Relance`
    );
  }
);
const app_name = (
  /** @type {((inputs?: App_NameInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_NameInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_app_name();
    return fr_app_name();
  })
);

export { app_name as a };
//# sourceMappingURL=app_name.js-Ctfp6dIQ.js.map
