import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_role_admin = (
  /** @type {(inputs: Role_AdminInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Administrateur`
    );
  }
);
const en_role_admin = (
  /** @type {(inputs: Role_AdminInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Administrator`
    );
  }
);
const role_admin = (
  /** @type {((inputs?: Role_AdminInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Role_AdminInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_role_admin();
    return fr_role_admin();
  })
);
const fr_role_agent = (
  /** @type {(inputs: Role_AgentInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Agent`
    );
  }
);
const en_role_agent = (
  /** @type {(inputs: Role_AgentInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Agent`
    );
  }
);
const role_agent = (
  /** @type {((inputs?: Role_AgentInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Role_AgentInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_role_agent();
    return fr_role_agent();
  })
);
const fr_role_approver = (
  /** @type {(inputs: Role_ApproverInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Valideur`
    );
  }
);
const en_role_approver = (
  /** @type {(inputs: Role_ApproverInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Approver`
    );
  }
);
const role_approver = (
  /** @type {((inputs?: Role_ApproverInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Role_ApproverInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_role_approver();
    return fr_role_approver();
  })
);
const fr_role_manager = (
  /** @type {(inputs: Role_ManagerInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Gestionnaire`
    );
  }
);
const en_role_manager = (
  /** @type {(inputs: Role_ManagerInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Manager`
    );
  }
);
const role_manager = (
  /** @type {((inputs?: Role_ManagerInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Role_ManagerInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_role_manager();
    return fr_role_manager();
  })
);
const LABELS = {
  admin: role_admin,
  manager: role_manager,
  approver: role_approver,
  agent: role_agent
};
const roleLabel = (role) => LABELS[role]();

export { roleLabel as r };
//# sourceMappingURL=role-labels.js-IVMoSspU.js.map
