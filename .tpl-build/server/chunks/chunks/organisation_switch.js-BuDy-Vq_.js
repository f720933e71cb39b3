import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_organisation_switch = (
  /** @type {(inputs: Organisation_SwitchInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Changer d'organisation`
    );
  }
);
const en_organisation_switch = (
  /** @type {(inputs: Organisation_SwitchInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Switch organisation`
    );
  }
);
const organisation_switch = (
  /** @type {((inputs?: Organisation_SwitchInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Organisation_SwitchInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_organisation_switch();
    return fr_organisation_switch();
  })
);

export { organisation_switch as o };
//# sourceMappingURL=organisation_switch.js-BuDy-Vq_.js.map
