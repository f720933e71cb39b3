import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_debtors_new = (
  /** @type {(inputs: Debtors_NewInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Nouveau débiteur`
    );
  }
);
const en_debtors_new = (
  /** @type {(inputs: Debtors_NewInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `New debtor`
    );
  }
);
const debtors_new = (
  /** @type {((inputs?: Debtors_NewInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_NewInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_new();
    return fr_debtors_new();
  })
);

export { debtors_new as d };
//# sourceMappingURL=debtors_new.js-H0TENz57.js.map
