import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_login_no_organisation = (
  /** @type {(inputs: Login_No_OrganisationInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Ce compte n'appartient à aucune organisation. Demandez une invitation à un administrateur.`
    );
  }
);
const en_login_no_organisation = (
  /** @type {(inputs: Login_No_OrganisationInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `This account belongs to no organisation. Ask an administrator for an invitation.`
    );
  }
);
const login_no_organisation = (
  /** @type {((inputs?: Login_No_OrganisationInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Login_No_OrganisationInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_login_no_organisation();
    return fr_login_no_organisation();
  })
);

export { login_no_organisation as l };
//# sourceMappingURL=login_no_organisation.js-C3K5bHEg.js.map
