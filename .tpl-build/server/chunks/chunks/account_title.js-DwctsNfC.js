import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_account_title = (
  /** @type {(inputs: Account_TitleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Mon compte`
    );
  }
);
const en_account_title = (
  /** @type {(inputs: Account_TitleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `My account`
    );
  }
);
const account_title = (
  /** @type {((inputs?: Account_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_TitleInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_account_title();
    return fr_account_title();
  })
);

export { account_title as a };
//# sourceMappingURL=account_title.js-DwctsNfC.js.map
