import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_reminders_by = (
  /** @type {(inputs: Reminders_ByInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `par ${i?.name}`
    );
  }
);
const en_reminders_by = (
  /** @type {(inputs: Reminders_ByInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `by ${i?.name}`
    );
  }
);
const reminders_by = (
  /** @type {((inputs: Reminders_ByInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_ByInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_by(inputs);
    return fr_reminders_by(inputs);
  })
);

export { reminders_by as r };
//# sourceMappingURL=reminders_by.js-CQufNXe8.js.map
