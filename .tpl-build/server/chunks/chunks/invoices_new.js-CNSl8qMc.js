import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_invoices_new = (
  /** @type {(inputs: Invoices_NewInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Ajouter une facture`
    );
  }
);
const en_invoices_new = (
  /** @type {(inputs: Invoices_NewInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Add an invoice`
    );
  }
);
const invoices_new = (
  /** @type {((inputs?: Invoices_NewInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invoices_NewInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_invoices_new();
    return fr_invoices_new();
  })
);

export { invoices_new as i };
//# sourceMappingURL=invoices_new.js-CNSl8qMc.js.map
