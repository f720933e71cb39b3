import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_saved = (
  /** @type {(inputs: SavedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Enregistré.`
    );
  }
);
const en_saved = (
  /** @type {(inputs: SavedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Saved.`
    );
  }
);
const saved = (
  /** @type {((inputs?: SavedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<SavedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_saved();
    return fr_saved();
  })
);

export { saved as s };
//# sourceMappingURL=saved.js-DUllEWTF.js.map
