import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_error_date = (
  /** @type {(inputs: Error_DateInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Date invalide.`
    );
  }
);
const en_error_date = (
  /** @type {(inputs: Error_DateInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Invalid date.`
    );
  }
);
const error_date = (
  /** @type {((inputs?: Error_DateInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_DateInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_error_date();
    return fr_error_date();
  })
);

export { error_date as e };
//# sourceMappingURL=error_date.js-CxrjOK98.js.map
