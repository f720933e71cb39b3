import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_users_title = (
  /** @type {(inputs: Users_TitleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Utilisateurs et rôles`
    );
  }
);
const en_users_title = (
  /** @type {(inputs: Users_TitleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Users and roles`
    );
  }
);
const users_title = (
  /** @type {((inputs?: Users_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Users_TitleInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_users_title();
    return fr_users_title();
  })
);

export { users_title as u };
//# sourceMappingURL=users_title.js-BgxqaG6k.js.map
