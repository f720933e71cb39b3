import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_debtors_groups = (
  /** @type {(inputs: Debtors_GroupsInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Groupes`
    );
  }
);
const en_debtors_groups = (
  /** @type {(inputs: Debtors_GroupsInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Groups`
    );
  }
);
const debtors_groups = (
  /** @type {((inputs?: Debtors_GroupsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_GroupsInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_groups();
    return fr_debtors_groups();
  })
);

export { debtors_groups as d };
//# sourceMappingURL=debtors_groups.js-3iLZn_Lx.js.map
