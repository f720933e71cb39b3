import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_contacts_new = (
  /** @type {(inputs: Contacts_NewInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Ajouter un contact`
    );
  }
);
const en_contacts_new = (
  /** @type {(inputs: Contacts_NewInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Add a contact`
    );
  }
);
const contacts_new = (
  /** @type {((inputs?: Contacts_NewInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_NewInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_new();
    return fr_contacts_new();
  })
);

export { contacts_new as c };
//# sourceMappingURL=contacts_new.js-D5qG_vG6.js.map
