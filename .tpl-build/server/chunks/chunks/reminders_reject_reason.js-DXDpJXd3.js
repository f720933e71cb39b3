import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_reminders_approve = (
  /** @type {(inputs: Reminders_ApproveInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Valider`
    );
  }
);
const en_reminders_approve = (
  /** @type {(inputs: Reminders_ApproveInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Approve`
    );
  }
);
const reminders_approve = (
  /** @type {((inputs?: Reminders_ApproveInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_ApproveInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_approve();
    return fr_reminders_approve();
  })
);
const fr_reminders_created_by = (
  /** @type {(inputs: Reminders_Created_ByInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Créée par ${i?.name}`
    );
  }
);
const en_reminders_created_by = (
  /** @type {(inputs: Reminders_Created_ByInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Created by ${i?.name}`
    );
  }
);
const reminders_created_by = (
  /** @type {((inputs: Reminders_Created_ByInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Created_ByInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_created_by(inputs);
    return fr_reminders_created_by(inputs);
  })
);
const fr_reminders_reject = (
  /** @type {(inputs: Reminders_RejectInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Rejeter`
    );
  }
);
const en_reminders_reject = (
  /** @type {(inputs: Reminders_RejectInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Reject`
    );
  }
);
const reminders_reject = (
  /** @type {((inputs?: Reminders_RejectInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_RejectInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_reject();
    return fr_reminders_reject();
  })
);
const fr_reminders_reject_reason = (
  /** @type {(inputs: Reminders_Reject_ReasonInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Motif du rejet`
    );
  }
);
const en_reminders_reject_reason = (
  /** @type {(inputs: Reminders_Reject_ReasonInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Reason for rejection`
    );
  }
);
const reminders_reject_reason = (
  /** @type {((inputs?: Reminders_Reject_ReasonInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Reject_ReasonInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_reject_reason();
    return fr_reminders_reject_reason();
  })
);

export { reminders_created_by as a, reminders_approve as b, reminders_reject as c, reminders_reject_reason as r };
//# sourceMappingURL=reminders_reject_reason.js-DXDpJXd3.js.map
