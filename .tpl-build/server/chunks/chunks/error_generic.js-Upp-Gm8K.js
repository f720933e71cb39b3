import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_error_generic = (
  /** @type {(inputs: Error_GenericInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Une erreur est survenue.`
    );
  }
);
const en_error_generic = (
  /** @type {(inputs: Error_GenericInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Something went wrong.`
    );
  }
);
const error_generic = (
  /** @type {((inputs?: Error_GenericInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_GenericInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_error_generic();
    return fr_error_generic();
  })
);

export { error_generic as e };
//# sourceMappingURL=error_generic.js-Upp-Gm8K.js.map
