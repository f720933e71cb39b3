import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_reminders_action_approved = (
  /** @type {(inputs: Reminders_Action_ApprovedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Validée`
    );
  }
);
const en_reminders_action_approved = (
  /** @type {(inputs: Reminders_Action_ApprovedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Approved`
    );
  }
);
const reminders_action_approved = (
  /** @type {((inputs?: Reminders_Action_ApprovedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Action_ApprovedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_action_approved();
    return fr_reminders_action_approved();
  })
);
const fr_reminders_action_cancelled = (
  /** @type {(inputs: Reminders_Action_CancelledInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Annulée`
    );
  }
);
const en_reminders_action_cancelled = (
  /** @type {(inputs: Reminders_Action_CancelledInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Cancelled`
    );
  }
);
const reminders_action_cancelled = (
  /** @type {((inputs?: Reminders_Action_CancelledInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Action_CancelledInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_action_cancelled();
    return fr_reminders_action_cancelled();
  })
);
const fr_reminders_action_created = (
  /** @type {(inputs: Reminders_Action_CreatedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Créée`
    );
  }
);
const en_reminders_action_created = (
  /** @type {(inputs: Reminders_Action_CreatedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Created`
    );
  }
);
const reminders_action_created = (
  /** @type {((inputs?: Reminders_Action_CreatedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Action_CreatedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_action_created();
    return fr_reminders_action_created();
  })
);
const fr_reminders_action_deleted = (
  /** @type {(inputs: Reminders_Action_DeletedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Supprimée`
    );
  }
);
const en_reminders_action_deleted = (
  /** @type {(inputs: Reminders_Action_DeletedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Deleted`
    );
  }
);
const reminders_action_deleted = (
  /** @type {((inputs?: Reminders_Action_DeletedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Action_DeletedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_action_deleted();
    return fr_reminders_action_deleted();
  })
);
const fr_reminders_action_failed = (
  /** @type {(inputs: Reminders_Action_FailedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `En échec`
    );
  }
);
const en_reminders_action_failed = (
  /** @type {(inputs: Reminders_Action_FailedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Failed`
    );
  }
);
const reminders_action_failed = (
  /** @type {((inputs?: Reminders_Action_FailedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Action_FailedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_action_failed();
    return fr_reminders_action_failed();
  })
);
const fr_reminders_action_rejected = (
  /** @type {(inputs: Reminders_Action_RejectedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Rejetée`
    );
  }
);
const en_reminders_action_rejected = (
  /** @type {(inputs: Reminders_Action_RejectedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Rejected`
    );
  }
);
const reminders_action_rejected = (
  /** @type {((inputs?: Reminders_Action_RejectedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Action_RejectedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_action_rejected();
    return fr_reminders_action_rejected();
  })
);
const fr_reminders_action_sent = (
  /** @type {(inputs: Reminders_Action_SentInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Envoyée`
    );
  }
);
const en_reminders_action_sent = (
  /** @type {(inputs: Reminders_Action_SentInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Sent`
    );
  }
);
const reminders_action_sent = (
  /** @type {((inputs?: Reminders_Action_SentInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Action_SentInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_action_sent();
    return fr_reminders_action_sent();
  })
);
const fr_reminders_action_submitted = (
  /** @type {(inputs: Reminders_Action_SubmittedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Soumise`
    );
  }
);
const en_reminders_action_submitted = (
  /** @type {(inputs: Reminders_Action_SubmittedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Submitted`
    );
  }
);
const reminders_action_submitted = (
  /** @type {((inputs?: Reminders_Action_SubmittedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Action_SubmittedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_action_submitted();
    return fr_reminders_action_submitted();
  })
);
const fr_reminders_action_updated = (
  /** @type {(inputs: Reminders_Action_UpdatedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Modifiée`
    );
  }
);
const en_reminders_action_updated = (
  /** @type {(inputs: Reminders_Action_UpdatedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Changed`
    );
  }
);
const reminders_action_updated = (
  /** @type {((inputs?: Reminders_Action_UpdatedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Action_UpdatedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_action_updated();
    return fr_reminders_action_updated();
  })
);
const fr_reminders_channel_email = (
  /** @type {(inputs: Reminders_Channel_EmailInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `E-mail`
    );
  }
);
const en_reminders_channel_email = (
  /** @type {(inputs: Reminders_Channel_EmailInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Email`
    );
  }
);
const reminders_channel_email = (
  /** @type {((inputs?: Reminders_Channel_EmailInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Channel_EmailInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_channel_email();
    return fr_reminders_channel_email();
  })
);
const fr_reminders_channel_letter = (
  /** @type {(inputs: Reminders_Channel_LetterInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Courrier`
    );
  }
);
const en_reminders_channel_letter = (
  /** @type {(inputs: Reminders_Channel_LetterInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Letter`
    );
  }
);
const reminders_channel_letter = (
  /** @type {((inputs?: Reminders_Channel_LetterInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Channel_LetterInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_channel_letter();
    return fr_reminders_channel_letter();
  })
);
const fr_reminders_channel_sms = (
  /** @type {(inputs: Reminders_Channel_SmsInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `SMS`
    );
  }
);
const en_reminders_channel_sms = (
  /** @type {(inputs: Reminders_Channel_SmsInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `SMS`
    );
  }
);
const reminders_channel_sms = (
  /** @type {((inputs?: Reminders_Channel_SmsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Channel_SmsInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_channel_sms();
    return fr_reminders_channel_sms();
  })
);
const fr_reminders_status_cancelled = (
  /** @type {(inputs: Reminders_Status_CancelledInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Annulée`
    );
  }
);
const en_reminders_status_cancelled = (
  /** @type {(inputs: Reminders_Status_CancelledInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Cancelled`
    );
  }
);
const reminders_status_cancelled = (
  /** @type {((inputs?: Reminders_Status_CancelledInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Status_CancelledInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_status_cancelled();
    return fr_reminders_status_cancelled();
  })
);
const fr_reminders_status_deleted = (
  /** @type {(inputs: Reminders_Status_DeletedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Supprimée`
    );
  }
);
const en_reminders_status_deleted = (
  /** @type {(inputs: Reminders_Status_DeletedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Deleted`
    );
  }
);
const reminders_status_deleted = (
  /** @type {((inputs?: Reminders_Status_DeletedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Status_DeletedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_status_deleted();
    return fr_reminders_status_deleted();
  })
);
const fr_reminders_status_draft = (
  /** @type {(inputs: Reminders_Status_DraftInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Brouillon`
    );
  }
);
const en_reminders_status_draft = (
  /** @type {(inputs: Reminders_Status_DraftInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Draft`
    );
  }
);
const reminders_status_draft = (
  /** @type {((inputs?: Reminders_Status_DraftInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Status_DraftInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_status_draft();
    return fr_reminders_status_draft();
  })
);
const fr_reminders_status_failed = (
  /** @type {(inputs: Reminders_Status_FailedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `En échec`
    );
  }
);
const en_reminders_status_failed = (
  /** @type {(inputs: Reminders_Status_FailedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Failed`
    );
  }
);
const reminders_status_failed = (
  /** @type {((inputs?: Reminders_Status_FailedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Status_FailedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_status_failed();
    return fr_reminders_status_failed();
  })
);
const fr_reminders_status_pending_validation = (
  /** @type {(inputs: Reminders_Status_Pending_ValidationInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `À valider`
    );
  }
);
const en_reminders_status_pending_validation = (
  /** @type {(inputs: Reminders_Status_Pending_ValidationInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `To approve`
    );
  }
);
const reminders_status_pending_validation = (
  /** @type {((inputs?: Reminders_Status_Pending_ValidationInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Status_Pending_ValidationInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_status_pending_validation();
    return fr_reminders_status_pending_validation();
  })
);
const fr_reminders_status_scheduled = (
  /** @type {(inputs: Reminders_Status_ScheduledInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Programmée`
    );
  }
);
const en_reminders_status_scheduled = (
  /** @type {(inputs: Reminders_Status_ScheduledInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Scheduled`
    );
  }
);
const reminders_status_scheduled = (
  /** @type {((inputs?: Reminders_Status_ScheduledInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Status_ScheduledInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_status_scheduled();
    return fr_reminders_status_scheduled();
  })
);
const fr_reminders_status_sending = (
  /** @type {(inputs: Reminders_Status_SendingInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `En cours d'envoi`
    );
  }
);
const en_reminders_status_sending = (
  /** @type {(inputs: Reminders_Status_SendingInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Sending`
    );
  }
);
const reminders_status_sending = (
  /** @type {((inputs?: Reminders_Status_SendingInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Status_SendingInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_status_sending();
    return fr_reminders_status_sending();
  })
);
const fr_reminders_status_sent = (
  /** @type {(inputs: Reminders_Status_SentInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Envoyée`
    );
  }
);
const en_reminders_status_sent = (
  /** @type {(inputs: Reminders_Status_SentInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Sent`
    );
  }
);
const reminders_status_sent = (
  /** @type {((inputs?: Reminders_Status_SentInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Status_SentInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_status_sent();
    return fr_reminders_status_sent();
  })
);
const fr_reminders_status_to_review = (
  /** @type {(inputs: Reminders_Status_To_ReviewInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `À revoir`
    );
  }
);
const en_reminders_status_to_review = (
  /** @type {(inputs: Reminders_Status_To_ReviewInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `To review`
    );
  }
);
const reminders_status_to_review = (
  /** @type {((inputs?: Reminders_Status_To_ReviewInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Status_To_ReviewInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_status_to_review();
    return fr_reminders_status_to_review();
  })
);
const REMINDER_STATUSES = [
  "draft",
  "pending_validation",
  "scheduled",
  "sending",
  "sent",
  "failed",
  "cancelled",
  "deleted",
  "to_review"
];
const STATUS = {
  draft: reminders_status_draft,
  pending_validation: reminders_status_pending_validation,
  scheduled: reminders_status_scheduled,
  sending: reminders_status_sending,
  sent: reminders_status_sent,
  failed: reminders_status_failed,
  cancelled: reminders_status_cancelled,
  deleted: reminders_status_deleted,
  to_review: reminders_status_to_review
};
const CHANNEL = {
  email: reminders_channel_email,
  sms: reminders_channel_sms,
  letter: reminders_channel_letter
};
const ACTION = {
  created: reminders_action_created,
  updated: reminders_action_updated,
  submitted: reminders_action_submitted,
  approved: reminders_action_approved,
  rejected: reminders_action_rejected,
  cancelled: reminders_action_cancelled,
  deleted: reminders_action_deleted,
  sent: reminders_action_sent,
  failed: reminders_action_failed
};
const statusLabel = (status) => STATUS[status]?.() ?? status;
const channelLabel = (channel) => CHANNEL[channel]?.() ?? channel;
const actionLabel = (action) => ACTION[action]?.() ?? action;

export { REMINDER_STATUSES as R, actionLabel as a, channelLabel as c, statusLabel as s };
//# sourceMappingURL=reminder-labels.js-DAKPtdMd.js.map
