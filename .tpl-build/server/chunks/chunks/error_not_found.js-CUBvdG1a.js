import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_error_not_found = (
  /** @type {(inputs: Error_Not_FoundInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Introuvable : cet élément n'existe pas ou ne vous est pas accessible.`
    );
  }
);
const en_error_not_found = (
  /** @type {(inputs: Error_Not_FoundInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Not found: this item does not exist or is not yours to see.`
    );
  }
);
const error_not_found = (
  /** @type {((inputs?: Error_Not_FoundInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Not_FoundInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_error_not_found();
    return fr_error_not_found();
  })
);

export { error_not_found as e };
//# sourceMappingURL=error_not_found.js-CUBvdG1a.js.map
