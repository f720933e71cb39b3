import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_page_next = (
  /** @type {(inputs: Page_NextInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Suivant`
    );
  }
);
const en_page_next = (
  /** @type {(inputs: Page_NextInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Next`
    );
  }
);
const page_next = (
  /** @type {((inputs?: Page_NextInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Page_NextInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_page_next();
    return fr_page_next();
  })
);
const fr_page_of = (
  /** @type {(inputs: Page_OfInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Page ${i?.page} sur ${i?.pages}`
    );
  }
);
const en_page_of = (
  /** @type {(inputs: Page_OfInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Page ${i?.page} of ${i?.pages}`
    );
  }
);
const page_of = (
  /** @type {((inputs: Page_OfInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Page_OfInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_page_of(inputs);
    return fr_page_of(inputs);
  })
);
const fr_page_previous = (
  /** @type {(inputs: Page_PreviousInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Précédent`
    );
  }
);
const en_page_previous = (
  /** @type {(inputs: Page_PreviousInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Previous`
    );
  }
);
const page_previous = (
  /** @type {((inputs?: Page_PreviousInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Page_PreviousInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_page_previous();
    return fr_page_previous();
  })
);

export { page_previous as a, page_next as b, page_of as p };
//# sourceMappingURL=page_previous.js-DtDR6Ss7.js.map
