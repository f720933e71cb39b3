import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_nav_approvals = (
  /** @type {(inputs: Nav_ApprovalsInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `À valider`
    );
  }
);
const en_nav_approvals = (
  /** @type {(inputs: Nav_ApprovalsInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `To approve`
    );
  }
);
const nav_approvals = (
  /** @type {((inputs?: Nav_ApprovalsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_ApprovalsInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_nav_approvals();
    return fr_nav_approvals();
  })
);
const fr_nav_debtors = (
  /** @type {(inputs: Nav_DebtorsInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Débiteurs`
    );
  }
);
const en_nav_debtors = (
  /** @type {(inputs: Nav_DebtorsInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Debtors`
    );
  }
);
const nav_debtors = (
  /** @type {((inputs?: Nav_DebtorsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_DebtorsInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_nav_debtors();
    return fr_nav_debtors();
  })
);
const fr_nav_more = (
  /** @type {(inputs: Nav_MoreInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Plus`
    );
  }
);
const en_nav_more = (
  /** @type {(inputs: Nav_MoreInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `More`
    );
  }
);
const nav_more = (
  /** @type {((inputs?: Nav_MoreInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_MoreInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_nav_more();
    return fr_nav_more();
  })
);
const fr_nav_reminders = (
  /** @type {(inputs: Nav_RemindersInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Relances`
    );
  }
);
const en_nav_reminders = (
  /** @type {(inputs: Nav_RemindersInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Reminders`
    );
  }
);
const nav_reminders = (
  /** @type {((inputs?: Nav_RemindersInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_RemindersInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_nav_reminders();
    return fr_nav_reminders();
  })
);
const fr_nav_today = (
  /** @type {(inputs: Nav_TodayInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Aujourd'hui`
    );
  }
);
const en_nav_today = (
  /** @type {(inputs: Nav_TodayInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Today`
    );
  }
);
const nav_today = (
  /** @type {((inputs?: Nav_TodayInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_TodayInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_nav_today();
    return fr_nav_today();
  })
);
const NAV_ITEMS = [
  { href: "/aujourdhui", routeId: "/(app)/aujourdhui", label: nav_today, icon: "M3 12h4l3-8 4 16 3-8h4" },
  { href: "/a-valider", routeId: "/(app)/a-valider", label: nav_approvals, icon: "M5 13l4 4L19 7" },
  { href: "/relances", routeId: "/(app)/relances", label: nav_reminders, icon: "M4 6h16M4 12h16M4 18h10" },
  { href: "/debiteurs", routeId: "/(app)/debiteurs", label: nav_debtors, icon: "M16 11a4 4 0 1 0-8 0 4 4 0 0 0 8 0zM4 21a8 8 0 0 1 16 0" },
  { href: "/plus", routeId: "/(app)/plus", label: nav_more, icon: "M5 12h.01M12 12h.01M19 12h.01" }
];

export { NAV_ITEMS as N };
//# sourceMappingURL=navigation.js-DbeohZ6Y.js.map
