import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_reminders_edit = (
  /** @type {(inputs: Reminders_EditInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Modifier la relance`
    );
  }
);
const en_reminders_edit = (
  /** @type {(inputs: Reminders_EditInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Edit the reminder`
    );
  }
);
const reminders_edit = (
  /** @type {((inputs?: Reminders_EditInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_EditInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_edit();
    return fr_reminders_edit();
  })
);

export { reminders_edit as r };
//# sourceMappingURL=reminders_edit.js-BEAWEN7n.js.map
