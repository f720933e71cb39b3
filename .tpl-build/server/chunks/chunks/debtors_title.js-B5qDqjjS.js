import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_debtors_title = (
  /** @type {(inputs: Debtors_TitleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Débiteurs`
    );
  }
);
const en_debtors_title = (
  /** @type {(inputs: Debtors_TitleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Debtors`
    );
  }
);
const debtors_title = (
  /** @type {((inputs?: Debtors_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_TitleInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_title();
    return fr_debtors_title();
  })
);

export { debtors_title as d };
//# sourceMappingURL=debtors_title.js-B5qDqjjS.js.map
