import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_debtors_balance = (
  /** @type {(inputs: Debtors_BalanceInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Solde`
    );
  }
);
const en_debtors_balance = (
  /** @type {(inputs: Debtors_BalanceInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Balance`
    );
  }
);
const debtors_balance = (
  /** @type {((inputs?: Debtors_BalanceInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_BalanceInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_balance();
    return fr_debtors_balance();
  })
);
const fr_payments_new = (
  /** @type {(inputs: Payments_NewInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Enregistrer un paiement`
    );
  }
);
const en_payments_new = (
  /** @type {(inputs: Payments_NewInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Record a payment`
    );
  }
);
const payments_new = (
  /** @type {((inputs?: Payments_NewInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Payments_NewInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_payments_new();
    return fr_payments_new();
  })
);

export { debtors_balance as d, payments_new as p };
//# sourceMappingURL=payments_new.js-C6vml59G.js.map
