import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_debtors_edit = (
  /** @type {(inputs: Debtors_EditInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Modifier le débiteur`
    );
  }
);
const en_debtors_edit = (
  /** @type {(inputs: Debtors_EditInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Edit debtor`
    );
  }
);
const debtors_edit = (
  /** @type {((inputs?: Debtors_EditInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_EditInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_edit();
    return fr_debtors_edit();
  })
);

export { debtors_edit as d };
//# sourceMappingURL=debtors_edit.js-CjUYTbpj.js.map
