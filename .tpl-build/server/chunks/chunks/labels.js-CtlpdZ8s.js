import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_contacts_channel_email = (
  /** @type {(inputs: Contacts_Channel_EmailInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `E-mail`
    );
  }
);
const en_contacts_channel_email = (
  /** @type {(inputs: Contacts_Channel_EmailInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Email`
    );
  }
);
const contacts_channel_email = (
  /** @type {((inputs?: Contacts_Channel_EmailInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Channel_EmailInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_channel_email();
    return fr_contacts_channel_email();
  })
);
const fr_contacts_channel_letter = (
  /** @type {(inputs: Contacts_Channel_LetterInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Courrier papier`
    );
  }
);
const en_contacts_channel_letter = (
  /** @type {(inputs: Contacts_Channel_LetterInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Paper letter`
    );
  }
);
const contacts_channel_letter = (
  /** @type {((inputs?: Contacts_Channel_LetterInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Channel_LetterInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_channel_letter();
    return fr_contacts_channel_letter();
  })
);
const fr_contacts_channel_sms = (
  /** @type {(inputs: Contacts_Channel_SmsInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `SMS`
    );
  }
);
const en_contacts_channel_sms = (
  /** @type {(inputs: Contacts_Channel_SmsInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `SMS`
    );
  }
);
const contacts_channel_sms = (
  /** @type {((inputs?: Contacts_Channel_SmsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Channel_SmsInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_channel_sms();
    return fr_contacts_channel_sms();
  })
);
const fr_contacts_consents = (
  /** @type {(inputs: Contacts_ConsentsInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Accepte d'être relancé par`
    );
  }
);
const en_contacts_consents = (
  /** @type {(inputs: Contacts_ConsentsInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Agrees to be reminded by`
    );
  }
);
const contacts_consents = (
  /** @type {((inputs?: Contacts_ConsentsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_ConsentsInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_consents();
    return fr_contacts_consents();
  })
);
const fr_contacts_role_autre = (
  /** @type {(inputs: Contacts_Role_AutreInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Autre`
    );
  }
);
const en_contacts_role_autre = (
  /** @type {(inputs: Contacts_Role_AutreInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Other`
    );
  }
);
const contacts_role_autre = (
  /** @type {((inputs?: Contacts_Role_AutreInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Role_AutreInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_role_autre();
    return fr_contacts_role_autre();
  })
);
const fr_contacts_role_facturation = (
  /** @type {(inputs: Contacts_Role_FacturationInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Contact facturation`
    );
  }
);
const en_contacts_role_facturation = (
  /** @type {(inputs: Contacts_Role_FacturationInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Billing contact`
    );
  }
);
const contacts_role_facturation = (
  /** @type {((inputs?: Contacts_Role_FacturationInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Role_FacturationInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_role_facturation();
    return fr_contacts_role_facturation();
  })
);
const fr_contacts_role_garant = (
  /** @type {(inputs: Contacts_Role_GarantInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Garant`
    );
  }
);
const en_contacts_role_garant = (
  /** @type {(inputs: Contacts_Role_GarantInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Guarantor`
    );
  }
);
const contacts_role_garant = (
  /** @type {((inputs?: Contacts_Role_GarantInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Role_GarantInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_role_garant();
    return fr_contacts_role_garant();
  })
);
const fr_contacts_role_relance = (
  /** @type {(inputs: Contacts_Role_RelanceInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Contact relance`
    );
  }
);
const en_contacts_role_relance = (
  /** @type {(inputs: Contacts_Role_RelanceInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Reminder contact`
    );
  }
);
const contacts_role_relance = (
  /** @type {((inputs?: Contacts_Role_RelanceInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Role_RelanceInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_role_relance();
    return fr_contacts_role_relance();
  })
);
const fr_debtors_history_approved = (
  /** @type {(inputs: Debtors_History_ApprovedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Validée`
    );
  }
);
const en_debtors_history_approved = (
  /** @type {(inputs: Debtors_History_ApprovedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Approved`
    );
  }
);
const debtors_history_approved = (
  /** @type {((inputs?: Debtors_History_ApprovedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_History_ApprovedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_history_approved();
    return fr_debtors_history_approved();
  })
);
const fr_debtors_history_cancelled = (
  /** @type {(inputs: Debtors_History_CancelledInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Annulée`
    );
  }
);
const en_debtors_history_cancelled = (
  /** @type {(inputs: Debtors_History_CancelledInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Cancelled`
    );
  }
);
const debtors_history_cancelled = (
  /** @type {((inputs?: Debtors_History_CancelledInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_History_CancelledInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_history_cancelled();
    return fr_debtors_history_cancelled();
  })
);
const fr_debtors_history_created = (
  /** @type {(inputs: Debtors_History_CreatedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Créée`
    );
  }
);
const en_debtors_history_created = (
  /** @type {(inputs: Debtors_History_CreatedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Created`
    );
  }
);
const debtors_history_created = (
  /** @type {((inputs?: Debtors_History_CreatedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_History_CreatedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_history_created();
    return fr_debtors_history_created();
  })
);
const fr_debtors_history_deleted = (
  /** @type {(inputs: Debtors_History_DeletedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Supprimée`
    );
  }
);
const en_debtors_history_deleted = (
  /** @type {(inputs: Debtors_History_DeletedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Deleted`
    );
  }
);
const debtors_history_deleted = (
  /** @type {((inputs?: Debtors_History_DeletedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_History_DeletedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_history_deleted();
    return fr_debtors_history_deleted();
  })
);
const fr_debtors_history_failed = (
  /** @type {(inputs: Debtors_History_FailedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Échec d'envoi`
    );
  }
);
const en_debtors_history_failed = (
  /** @type {(inputs: Debtors_History_FailedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Delivery failed`
    );
  }
);
const debtors_history_failed = (
  /** @type {((inputs?: Debtors_History_FailedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_History_FailedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_history_failed();
    return fr_debtors_history_failed();
  })
);
const fr_debtors_history_rejected = (
  /** @type {(inputs: Debtors_History_RejectedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Refusée`
    );
  }
);
const en_debtors_history_rejected = (
  /** @type {(inputs: Debtors_History_RejectedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Rejected`
    );
  }
);
const debtors_history_rejected = (
  /** @type {((inputs?: Debtors_History_RejectedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_History_RejectedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_history_rejected();
    return fr_debtors_history_rejected();
  })
);
const fr_debtors_history_sent = (
  /** @type {(inputs: Debtors_History_SentInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Envoyée`
    );
  }
);
const en_debtors_history_sent = (
  /** @type {(inputs: Debtors_History_SentInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Sent`
    );
  }
);
const debtors_history_sent = (
  /** @type {((inputs?: Debtors_History_SentInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_History_SentInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_history_sent();
    return fr_debtors_history_sent();
  })
);
const fr_debtors_history_submitted = (
  /** @type {(inputs: Debtors_History_SubmittedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Soumise à validation`
    );
  }
);
const en_debtors_history_submitted = (
  /** @type {(inputs: Debtors_History_SubmittedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Submitted for approval`
    );
  }
);
const debtors_history_submitted = (
  /** @type {((inputs?: Debtors_History_SubmittedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_History_SubmittedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_history_submitted();
    return fr_debtors_history_submitted();
  })
);
const fr_debtors_history_updated = (
  /** @type {(inputs: Debtors_History_UpdatedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Modifiée`
    );
  }
);
const en_debtors_history_updated = (
  /** @type {(inputs: Debtors_History_UpdatedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Updated`
    );
  }
);
const debtors_history_updated = (
  /** @type {((inputs?: Debtors_History_UpdatedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_History_UpdatedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_history_updated();
    return fr_debtors_history_updated();
  })
);
const ROLE_LABELS = {
  relance: contacts_role_relance,
  facturation: contacts_role_facturation,
  garant: contacts_role_garant,
  autre: contacts_role_autre
};
const contactRoleLabel = (role) => ROLE_LABELS[role]();
const ACTION_LABELS = /* @__PURE__ */ new Map([
  ["created", debtors_history_created],
  ["updated", debtors_history_updated],
  ["submitted", debtors_history_submitted],
  ["approved", debtors_history_approved],
  ["rejected", debtors_history_rejected],
  ["cancelled", debtors_history_cancelled],
  ["deleted", debtors_history_deleted],
  ["sent", debtors_history_sent],
  ["failed", debtors_history_failed]
]);
const historyActionLabel = (action) => ACTION_LABELS.get(action)?.() ?? action;

export { contacts_consents as a, contacts_channel_email as b, contactRoleLabel as c, contacts_channel_letter as d, contacts_channel_sms as e, historyActionLabel as h };
//# sourceMappingURL=labels.js-CtlpdZ8s.js.map
