import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_groups_none = (
  /** @type {(inputs: Groups_NoneInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Aucun groupe pour l'instant.`
    );
  }
);
const en_groups_none = (
  /** @type {(inputs: Groups_NoneInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `No group yet.`
    );
  }
);
const groups_none = (
  /** @type {((inputs?: Groups_NoneInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_NoneInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_groups_none();
    return fr_groups_none();
  })
);

export { groups_none as g };
//# sourceMappingURL=groups_none.js-D8KKXww5.js.map
