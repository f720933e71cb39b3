import { a4 as head, a5 as escape_html, a7 as ensure_array_like, a6 as attr, a8 as stringify, _ as derived } from '../../../../../chunks/index.js-COLKlL0x.js';
import '../../../../../chunks/exports.js-B9Uzt4sy.js';
import '../../../../../chunks/utils2.js-ejsMtG81.js';
import '../../../../../chunks/utils.js-BmkJLse3.js';
import '../../../../../chunks/root.js-Duy9cqKt.js';
import '../../../../../chunks/state.svelte.js-BZtVb3pR.js';
import { f as formatMoney, a as formatDate } from '../../../../../chunks/format.js-iD5Wb3O1.js';
import { F as FormError } from '../../../../../chunks/FormError.js-hJx8zaQ-.js';
import { c as contactRoleLabel, a as contacts_consents, h as historyActionLabel, b as contacts_channel_email, d as contacts_channel_letter, e as contacts_channel_sms } from '../../../../../chunks/labels.js-CtlpdZ8s.js';
import { d as debtors_title } from '../../../../../chunks/debtors_title.js-B5qDqjjS.js';
import { g as getLocale } from '../../../../../chunks/runtime.js-CK3d4wQN.js';
import { d as debtors_balance, p as payments_new } from '../../../../../chunks/payments_new.js-C6vml59G.js';
import { d as debtors_groups } from '../../../../../chunks/debtors_groups.js-3iLZn_Lx.js';
import { d as debtors_edit } from '../../../../../chunks/debtors_edit.js-CjUYTbpj.js';
import { c as contacts_new } from '../../../../../chunks/contacts_new.js-D5qG_vG6.js';
import { i as invoices_new } from '../../../../../chunks/invoices_new.js-CNSl8qMc.js';
import { a as app_name } from '../../../../../chunks/app_name.js-Ctfp6dIQ.js';

const fr_contacts_consent_none = (
  /** @type {(inputs: Contacts_Consent_NoneInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `aucun canal`
    );
  }
);
const en_contacts_consent_none = (
  /** @type {(inputs: Contacts_Consent_NoneInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `no channel`
    );
  }
);
const contacts_consent_none = (
  /** @type {((inputs?: Contacts_Consent_NoneInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Consent_NoneInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_consent_none();
    return fr_contacts_consent_none();
  })
);
const fr_contacts_edit = (
  /** @type {(inputs: Contacts_EditInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Modifier`
    );
  }
);
const en_contacts_edit = (
  /** @type {(inputs: Contacts_EditInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Edit`
    );
  }
);
const contacts_edit = (
  /** @type {((inputs?: Contacts_EditInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_EditInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_edit();
    return fr_contacts_edit();
  })
);
const fr_contacts_email_malformed = (
  /** @type {(inputs: Contacts_Email_MalformedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Cette adresse semble mal formée.`
    );
  }
);
const en_contacts_email_malformed = (
  /** @type {(inputs: Contacts_Email_MalformedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `This address looks malformed.`
    );
  }
);
const contacts_email_malformed = (
  /** @type {((inputs?: Contacts_Email_MalformedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Email_MalformedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_email_malformed();
    return fr_contacts_email_malformed();
  })
);
const fr_contacts_email_suggestion = (
  /** @type {(inputs: Contacts_Email_SuggestionInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Vouliez-vous dire ${i?.suggestion} ?`
    );
  }
);
const en_contacts_email_suggestion = (
  /** @type {(inputs: Contacts_Email_SuggestionInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Did you mean ${i?.suggestion}?`
    );
  }
);
const contacts_email_suggestion = (
  /** @type {((inputs: Contacts_Email_SuggestionInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Email_SuggestionInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_email_suggestion(inputs);
    return fr_contacts_email_suggestion(inputs);
  })
);
const fr_contacts_email_to_check = (
  /** @type {(inputs: Contacts_Email_To_CheckInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `À contrôler`
    );
  }
);
const en_contacts_email_to_check = (
  /** @type {(inputs: Contacts_Email_To_CheckInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `To check`
    );
  }
);
const contacts_email_to_check = (
  /** @type {((inputs?: Contacts_Email_To_CheckInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Email_To_CheckInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_email_to_check();
    return fr_contacts_email_to_check();
  })
);
const fr_contacts_empty = (
  /** @type {(inputs: Contacts_EmptyInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Aucun contact.`
    );
  }
);
const en_contacts_empty = (
  /** @type {(inputs: Contacts_EmptyInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `No contact.`
    );
  }
);
const contacts_empty = (
  /** @type {((inputs?: Contacts_EmptyInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_EmptyInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_empty();
    return fr_contacts_empty();
  })
);
const fr_contacts_keep_email = (
  /** @type {(inputs: Contacts_Keep_EmailInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Adresse correcte, ne plus signaler`
    );
  }
);
const en_contacts_keep_email = (
  /** @type {(inputs: Contacts_Keep_EmailInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Address is correct, stop flagging`
    );
  }
);
const contacts_keep_email = (
  /** @type {((inputs?: Contacts_Keep_EmailInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Keep_EmailInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_keep_email();
    return fr_contacts_keep_email();
  })
);
const fr_contacts_use_suggestion = (
  /** @type {(inputs: Contacts_Use_SuggestionInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Utiliser ${i?.suggestion}`
    );
  }
);
const en_contacts_use_suggestion = (
  /** @type {(inputs: Contacts_Use_SuggestionInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Use ${i?.suggestion}`
    );
  }
);
const contacts_use_suggestion = (
  /** @type {((inputs: Contacts_Use_SuggestionInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Use_SuggestionInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_use_suggestion(inputs);
    return fr_contacts_use_suggestion(inputs);
  })
);
const fr_debtors_account = (
  /** @type {(inputs: Debtors_AccountInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Compte`
    );
  }
);
const en_debtors_account = (
  /** @type {(inputs: Debtors_AccountInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Account`
    );
  }
);
const debtors_account = (
  /** @type {((inputs?: Debtors_AccountInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_AccountInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_account();
    return fr_debtors_account();
  })
);
const fr_debtors_contacts = (
  /** @type {(inputs: Debtors_ContactsInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Contacts`
    );
  }
);
const en_debtors_contacts = (
  /** @type {(inputs: Debtors_ContactsInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Contacts`
    );
  }
);
const debtors_contacts = (
  /** @type {((inputs?: Debtors_ContactsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_ContactsInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_contacts();
    return fr_debtors_contacts();
  })
);
const fr_debtors_history = (
  /** @type {(inputs: Debtors_HistoryInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Historique des relances`
    );
  }
);
const en_debtors_history = (
  /** @type {(inputs: Debtors_HistoryInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Reminder history`
    );
  }
);
const debtors_history = (
  /** @type {((inputs?: Debtors_HistoryInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_HistoryInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_history();
    return fr_debtors_history();
  })
);
const fr_debtors_history_empty = (
  /** @type {(inputs: Debtors_History_EmptyInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Aucune relance pour ce débiteur.`
    );
  }
);
const en_debtors_history_empty = (
  /** @type {(inputs: Debtors_History_EmptyInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `No reminder for this debtor.`
    );
  }
);
const debtors_history_empty = (
  /** @type {((inputs?: Debtors_History_EmptyInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_History_EmptyInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_history_empty();
    return fr_debtors_history_empty();
  })
);
const fr_debtors_history_reason = (
  /** @type {(inputs: Debtors_History_ReasonInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Motif : ${i?.reason}`
    );
  }
);
const en_debtors_history_reason = (
  /** @type {(inputs: Debtors_History_ReasonInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Reason: ${i?.reason}`
    );
  }
);
const debtors_history_reason = (
  /** @type {((inputs: Debtors_History_ReasonInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_History_ReasonInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_history_reason(inputs);
    return fr_debtors_history_reason(inputs);
  })
);
const fr_debtors_history_system = (
  /** @type {(inputs: Debtors_History_SystemInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Automatique`
    );
  }
);
const en_debtors_history_system = (
  /** @type {(inputs: Debtors_History_SystemInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Automatic`
    );
  }
);
const debtors_history_system = (
  /** @type {((inputs?: Debtors_History_SystemInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_History_SystemInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_history_system();
    return fr_debtors_history_system();
  })
);
const fr_debtors_invoices = (
  /** @type {(inputs: Debtors_InvoicesInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Factures impayées`
    );
  }
);
const en_debtors_invoices = (
  /** @type {(inputs: Debtors_InvoicesInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Unpaid invoices`
    );
  }
);
const debtors_invoices = (
  /** @type {((inputs?: Debtors_InvoicesInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_InvoicesInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_invoices();
    return fr_debtors_invoices();
  })
);
const fr_debtors_lease = (
  /** @type {(inputs: Debtors_LeaseInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Bail`
    );
  }
);
const en_debtors_lease = (
  /** @type {(inputs: Debtors_LeaseInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Lease`
    );
  }
);
const debtors_lease = (
  /** @type {((inputs?: Debtors_LeaseInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_LeaseInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_lease();
    return fr_debtors_lease();
  })
);
const fr_debtors_new_reminder = (
  /** @type {(inputs: Debtors_New_ReminderInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Nouvelle relance`
    );
  }
);
const en_debtors_new_reminder = (
  /** @type {(inputs: Debtors_New_ReminderInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `New reminder`
    );
  }
);
const debtors_new_reminder = (
  /** @type {((inputs?: Debtors_New_ReminderInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_New_ReminderInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_new_reminder();
    return fr_debtors_new_reminder();
  })
);
const fr_debtors_no_contact = (
  /** @type {(inputs: Debtors_No_ContactInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Aucun contact de relance`
    );
  }
);
const en_debtors_no_contact = (
  /** @type {(inputs: Debtors_No_ContactInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `No reminder contact`
    );
  }
);
const debtors_no_contact = (
  /** @type {((inputs?: Debtors_No_ContactInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_No_ContactInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_no_contact();
    return fr_debtors_no_contact();
  })
);
const fr_groups_none_for_debtor = (
  /** @type {(inputs: Groups_None_For_DebtorInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `aucun`
    );
  }
);
const en_groups_none_for_debtor = (
  /** @type {(inputs: Groups_None_For_DebtorInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `none`
    );
  }
);
const groups_none_for_debtor = (
  /** @type {((inputs?: Groups_None_For_DebtorInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_None_For_DebtorInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_groups_none_for_debtor();
    return fr_groups_none_for_debtor();
  })
);
const fr_invoices_amount_of = (
  /** @type {(inputs: Invoices_Amount_OfInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `montant ${i?.amount}`
    );
  }
);
const en_invoices_amount_of = (
  /** @type {(inputs: Invoices_Amount_OfInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `amount ${i?.amount}`
    );
  }
);
const invoices_amount_of = (
  /** @type {((inputs: Invoices_Amount_OfInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invoices_Amount_OfInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_invoices_amount_of(inputs);
    return fr_invoices_amount_of(inputs);
  })
);
const fr_invoices_due_on = (
  /** @type {(inputs: Invoices_Due_OnInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Échéance ${i?.date}`
    );
  }
);
const en_invoices_due_on = (
  /** @type {(inputs: Invoices_Due_OnInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Due ${i?.date}`
    );
  }
);
const invoices_due_on = (
  /** @type {((inputs: Invoices_Due_OnInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invoices_Due_OnInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_invoices_due_on(inputs);
    return fr_invoices_due_on(inputs);
  })
);
const fr_invoices_last_reminder = (
  /** @type {(inputs: Invoices_Last_ReminderInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `dernière relance le ${i?.date}`
    );
  }
);
const en_invoices_last_reminder = (
  /** @type {(inputs: Invoices_Last_ReminderInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `last reminded on ${i?.date}`
    );
  }
);
const invoices_last_reminder = (
  /** @type {((inputs: Invoices_Last_ReminderInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invoices_Last_ReminderInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_invoices_last_reminder(inputs);
    return fr_invoices_last_reminder(inputs);
  })
);
const fr_invoices_level = (
  /** @type {(inputs: Invoices_LevelInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Niveau de relance ${i?.level}`
    );
  }
);
const en_invoices_level = (
  /** @type {(inputs: Invoices_LevelInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Reminder level ${i?.level}`
    );
  }
);
const invoices_level = (
  /** @type {((inputs: Invoices_LevelInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invoices_LevelInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_invoices_level(inputs);
    return fr_invoices_level(inputs);
  })
);
const fr_invoices_never_reminded = (
  /** @type {(inputs: Invoices_Never_RemindedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `jamais relancée`
    );
  }
);
const en_invoices_never_reminded = (
  /** @type {(inputs: Invoices_Never_RemindedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `never reminded`
    );
  }
);
const invoices_never_reminded = (
  /** @type {((inputs?: Invoices_Never_RemindedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invoices_Never_RemindedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_invoices_never_reminded();
    return fr_invoices_never_reminded();
  })
);
const fr_invoices_none_unpaid = (
  /** @type {(inputs: Invoices_None_UnpaidInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Aucune facture impayée.`
    );
  }
);
const en_invoices_none_unpaid = (
  /** @type {(inputs: Invoices_None_UnpaidInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `No unpaid invoice.`
    );
  }
);
const invoices_none_unpaid = (
  /** @type {((inputs?: Invoices_None_UnpaidInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invoices_None_UnpaidInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_invoices_none_unpaid();
    return fr_invoices_none_unpaid();
  })
);
const fr_invoices_paid_of = (
  /** @type {(inputs: Invoices_Paid_OfInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `payé ${i?.amount}`
    );
  }
);
const en_invoices_paid_of = (
  /** @type {(inputs: Invoices_Paid_OfInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `paid ${i?.amount}`
    );
  }
);
const invoices_paid_of = (
  /** @type {((inputs: Invoices_Paid_OfInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invoices_Paid_OfInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_invoices_paid_of(inputs);
    return fr_invoices_paid_of(inputs);
  })
);
function _page($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { data, form } = $$props;
    const debtor = derived(() => data.debtor);
    const formErrors = derived(() => (form && "errors" in form ? form.errors : {}) ?? {});
    const consents = (c) => [
      c.consentEmail ? contacts_channel_email() : null,
      c.consentLetter ? contacts_channel_letter() : null,
      c.consentSms ? contacts_channel_sms() : null
    ].filter((label) => label !== null);
    head("14cdmf9", $$renderer2, ($$renderer3) => {
      $$renderer3.title(($$renderer4) => {
        $$renderer4.push(`<title>${escape_html(debtor().name)} · ${escape_html(app_name())}</title>`);
      });
    });
    $$renderer2.push(`<p class="svelte-14cdmf9"><a href="/debiteurs">← ${escape_html(debtors_title())}</a></p> <h1>${escape_html(debtor().name)}</h1> `);
    if (form && "done" in form) {
      $$renderer2.push(`<!--[0--><p class="notice ok svelte-14cdmf9" role="status">${escape_html(form.done)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> `);
    FormError($$renderer2, { message: formErrors()._form ?? formErrors().contactId });
    $$renderer2.push(`<!----> <div class="card"><p class="svelte-14cdmf9">${escape_html(debtors_account())} : <strong>${escape_html(debtor().accountNumber)}</strong></p> `);
    if (debtor().leaseReference) {
      $$renderer2.push(`<!--[0--><p class="svelte-14cdmf9">${escape_html(debtors_lease())} : ${escape_html(debtor().leaseReference)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> <p class="svelte-14cdmf9">${escape_html(debtors_balance())} : <strong class="amount" data-testid="balance">${escape_html(formatMoney(debtor().balanceCents))}</strong></p> <p class="svelte-14cdmf9">${escape_html(debtors_groups())} : `);
    const each_array = ensure_array_like(debtor().groups);
    if (each_array.length !== 0) {
      $$renderer2.push("<!--[-->");
      for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
        let group = each_array[$$index];
        $$renderer2.push(`<span class="pill">${escape_html(group.name)}</span>`);
      }
    } else {
      $$renderer2.push(`<!--[!--><span class="muted">${escape_html(groups_none_for_debtor())}</span>`);
    }
    $$renderer2.push(`<!--]--></p> <div class="actions svelte-14cdmf9">`);
    if (data.canRemind) {
      $$renderer2.push(`<!--[0--><a class="button"${attr("href", `/relances/nouvelle?debiteur=${stringify(debtor().id)}`)}>${escape_html(debtors_new_reminder())}</a>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> `);
    if (data.canEdit) {
      $$renderer2.push(`<!--[0--><a class="button secondary"${attr("href", `/debiteurs/${stringify(debtor().id)}/modifier`)}>${escape_html(debtors_edit())}</a>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></div></div> <h2 id="contacts">${escape_html(debtors_contacts())}</h2> <div class="card">`);
    if (!debtor().contacts.some((c) => c.role === "relance")) {
      $$renderer2.push(`<!--[0--><p class="pill warn svelte-14cdmf9">${escape_html(debtors_no_contact())}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> <ul class="list">`);
    const each_array_1 = ensure_array_like(debtor().contacts);
    if (each_array_1.length !== 0) {
      $$renderer2.push("<!--[-->");
      for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
        let contact = each_array_1[$$index_1];
        const flagged = contact.emailCheck !== null && !contact.emailCheckOverridden;
        $$renderer2.push(`<li class="item svelte-14cdmf9" data-testid="contact"><div class="line svelte-14cdmf9"><strong>${escape_html([contact.civility, contact.firstName, contact.lastName].filter(Boolean).join(" "))}</strong> <span class="pill">${escape_html(contactRoleLabel(contact.role))}</span></div> `);
        if (contact.email) {
          $$renderer2.push(`<!--[0--><div><a${attr("href", `mailto:${stringify(contact.email)}`)}>${escape_html(contact.email)}</a> `);
          if (flagged) {
            $$renderer2.push(`<!--[0--><span class="pill warn">${escape_html(contacts_email_to_check())}</span>`);
          } else {
            $$renderer2.push("<!--[-1-->");
          }
          $$renderer2.push(`<!--]--></div>`);
        } else {
          $$renderer2.push("<!--[-1-->");
        }
        $$renderer2.push(`<!--]--> `);
        if (flagged) {
          $$renderer2.push(`<!--[0--><div class="email-check svelte-14cdmf9"><p class="svelte-14cdmf9">${escape_html(contact.emailSuggestion ? contacts_email_suggestion({ suggestion: contact.emailSuggestion }) : contacts_email_malformed())}</p> `);
          if (data.canFixEmails) {
            $$renderer2.push(`<!--[0--><div class="actions svelte-14cdmf9">`);
            if (contact.emailSuggestion) {
              $$renderer2.push(`<!--[0--><form method="POST" action="?/useSuggestion"><input type="hidden" name="contactId"${attr("value", contact.id)}/> <button class="button" type="submit">${escape_html(contacts_use_suggestion({ suggestion: contact.emailSuggestion }))}</button></form>`);
            } else {
              $$renderer2.push("<!--[-1-->");
            }
            $$renderer2.push(`<!--]--> <form method="POST" action="?/keepEmail"><input type="hidden" name="contactId"${attr("value", contact.id)}/> <button class="button secondary" type="submit">${escape_html(contacts_keep_email())}</button></form></div>`);
          } else {
            $$renderer2.push("<!--[-1-->");
          }
          $$renderer2.push(`<!--]--></div>`);
        } else {
          $$renderer2.push("<!--[-1-->");
        }
        $$renderer2.push(`<!--]--> `);
        if (contact.mobilePhone) {
          $$renderer2.push(`<!--[0--><div><a${attr("href", `tel:${stringify(contact.mobilePhone)}`)}>${escape_html(contact.mobilePhoneDisplay)}</a></div>`);
        } else {
          $$renderer2.push("<!--[-1-->");
        }
        $$renderer2.push(`<!--]--> `);
        if (contact.addressLine1 || contact.city) {
          $$renderer2.push(`<!--[0--><div class="muted">${escape_html([
            contact.addressLine1,
            contact.addressLine2,
            `${contact.postalCode} ${contact.city}`.trim(),
            contact.country === "FR" ? "" : contact.country
          ].filter(Boolean).join(", "))}</div>`);
        } else {
          $$renderer2.push("<!--[-1-->");
        }
        $$renderer2.push(`<!--]--> <div class="muted">${escape_html(contacts_consents())} : ${escape_html(consents(contact).join(", ") || contacts_consent_none())}</div> `);
        if (data.canEdit) {
          $$renderer2.push(`<!--[0--><a class="button secondary edit svelte-14cdmf9"${attr("href", `/debiteurs/${stringify(debtor().id)}/contacts/${stringify(contact.id)}`)}>${escape_html(contacts_edit())}</a>`);
        } else {
          $$renderer2.push("<!--[-1-->");
        }
        $$renderer2.push(`<!--]--></li>`);
      }
    } else {
      $$renderer2.push(`<!--[!--><li class="empty">${escape_html(contacts_empty())}</li>`);
    }
    $$renderer2.push(`<!--]--></ul> `);
    if (data.canEdit) {
      $$renderer2.push(`<!--[0--><a class="button secondary"${attr("href", `/debiteurs/${stringify(debtor().id)}/contacts/nouveau`)}>${escape_html(contacts_new())}</a>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></div> <h2 id="factures">${escape_html(debtors_invoices())}</h2> <div class="card"><ul class="list">`);
    const each_array_2 = ensure_array_like(debtor().unpaidInvoices);
    if (each_array_2.length !== 0) {
      $$renderer2.push("<!--[-->");
      for (let $$index_3 = 0, $$length = each_array_2.length; $$index_3 < $$length; $$index_3++) {
        let invoice = each_array_2[$$index_3];
        $$renderer2.push(`<li class="item svelte-14cdmf9" data-testid="invoice"><div class="line svelte-14cdmf9"><strong>${escape_html(invoice.number)}</strong> <strong class="amount">${escape_html(formatMoney(invoice.amountCents - invoice.paidCents))}</strong></div> <div class="muted">${escape_html(invoices_due_on({ date: formatDate(invoice.dueDate) }))} · ${escape_html(invoices_amount_of({ amount: formatMoney(invoice.amountCents) }))} ·
					${escape_html(invoices_paid_of({ amount: formatMoney(invoice.paidCents) }))}</div> <div class="muted">${escape_html(invoices_level({ level: invoice.reminderLevel }))} ·
					${escape_html(invoice.lastReminderAt ? invoices_last_reminder({ date: formatDate(invoice.lastReminderAt) }) : invoices_never_reminded())}</div> `);
        if (invoice.tags.length) {
          $$renderer2.push(`<!--[0--><div><!--[-->`);
          const each_array_3 = ensure_array_like(invoice.tags);
          for (let $$index_2 = 0, $$length2 = each_array_3.length; $$index_2 < $$length2; $$index_2++) {
            let tag = each_array_3[$$index_2];
            $$renderer2.push(`<span class="pill">${escape_html(tag)}</span>`);
          }
          $$renderer2.push(`<!--]--></div>`);
        } else {
          $$renderer2.push("<!--[-1-->");
        }
        $$renderer2.push(`<!--]--></li>`);
      }
    } else {
      $$renderer2.push(`<!--[!--><li class="empty">${escape_html(invoices_none_unpaid())}</li>`);
    }
    $$renderer2.push(`<!--]--></ul> `);
    if (data.canEdit) {
      $$renderer2.push(`<!--[0--><div class="actions svelte-14cdmf9"><a class="button secondary"${attr("href", `/debiteurs/${stringify(debtor().id)}/factures/nouvelle`)}>${escape_html(invoices_new())}</a> `);
      if (debtor().unpaidInvoices.length) {
        $$renderer2.push(`<!--[0--><a class="button secondary"${attr("href", `/debiteurs/${stringify(debtor().id)}/paiements/nouveau`)}>${escape_html(payments_new())}</a>`);
      } else {
        $$renderer2.push("<!--[-1-->");
      }
      $$renderer2.push(`<!--]--></div>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></div> <h2 id="historique">${escape_html(debtors_history())}</h2> <div class="card"><ul class="list">`);
    const each_array_4 = ensure_array_like(data.history);
    if (each_array_4.length !== 0) {
      $$renderer2.push("<!--[-->");
      for (let $$index_4 = 0, $$length = each_array_4.length; $$index_4 < $$length; $$index_4++) {
        let entry = each_array_4[$$index_4];
        $$renderer2.push(`<li class="item svelte-14cdmf9" data-testid="history"><div class="line svelte-14cdmf9">`);
        if (data.canOpenReminders) {
          $$renderer2.push(`<!--[0--><a${attr("href", `/relances/${stringify(entry.reminderId)}`)}><strong>${escape_html(entry.shortDescription)}</strong></a>`);
        } else {
          $$renderer2.push(`<!--[-1--><strong>${escape_html(entry.shortDescription)}</strong>`);
        }
        $$renderer2.push(`<!--]--> <span class="pill">${escape_html(historyActionLabel(entry.action))}</span></div> <div class="muted">${escape_html(formatDate(entry.at))} · ${escape_html(entry.actorName ?? debtors_history_system())}</div> `);
        if (entry.reason) {
          $$renderer2.push(`<!--[0--><div>${escape_html(debtors_history_reason({ reason: entry.reason }))}</div>`);
        } else {
          $$renderer2.push("<!--[-1-->");
        }
        $$renderer2.push(`<!--]--></li>`);
      }
    } else {
      $$renderer2.push(`<!--[!--><li class="empty">${escape_html(debtors_history_empty())}</li>`);
    }
    $$renderer2.push(`<!--]--></ul></div>`);
  });
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-dOyrF4ZQ.js.map
