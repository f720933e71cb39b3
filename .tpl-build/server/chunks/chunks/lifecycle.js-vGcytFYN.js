import { g as getLocale } from './runtime.js-CK3d4wQN.js';
import { l as loadMergeContext, r as renderContent } from './render.js-DuaqjfoX.js';

const fr_reminders_error_changed = (
  /** @type {(inputs: Reminders_Error_ChangedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Cette relance a été modifiée depuis son affichage : rechargez-la avant de décider.`
    );
  }
);
const en_reminders_error_changed = (
  /** @type {(inputs: Reminders_Error_ChangedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `This reminder was changed since it was shown: reload it before deciding.`
    );
  }
);
const reminders_error_changed = (
  /** @type {((inputs?: Reminders_Error_ChangedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Error_ChangedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_error_changed();
    return fr_reminders_error_changed();
  })
);
const fr_reminders_error_not_editable = (
  /** @type {(inputs: Reminders_Error_Not_EditableInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Cette relance ne peut plus être modifiée (état : ${i?.status}).`
    );
  }
);
const en_reminders_error_not_editable = (
  /** @type {(inputs: Reminders_Error_Not_EditableInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `This reminder can no longer be changed (state: ${i?.status}).`
    );
  }
);
const reminders_error_not_editable = (
  /** @type {((inputs: Reminders_Error_Not_EditableInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Error_Not_EditableInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_error_not_editable(inputs);
    return fr_reminders_error_not_editable(inputs);
  })
);
async function previewForRecipients(db, organisationId, debtorId, content, recipients) {
  const previews = [];
  for (const recipient of recipients) {
    const context = await loadMergeContext(db, organisationId, debtorId, recipient.contactId);
    if (!context) continue;
    try {
      const rendered = await renderContent(content, context);
      previews.push({ contactId: recipient.contactId, name: context.nom_complet, channels: recipient.channels, rendered, error: null });
    } catch (error) {
      previews.push({
        contactId: recipient.contactId,
        name: context.nom_complet,
        channels: recipient.channels,
        rendered: null,
        error: error instanceof Error ? error.message : String(error)
      });
    }
  }
  return previews;
}
const TRANSITIONS = {
  draft: ["draft", "pending_validation", "scheduled", "cancelled", "deleted"],
  pending_validation: ["pending_validation", "scheduled", "draft", "cancelled", "deleted"],
  scheduled: ["scheduled", "pending_validation", "draft", "sending", "to_review", "cancelled", "deleted"],
  to_review: ["scheduled", "pending_validation", "cancelled", "deleted"],
  sending: ["sent", "failed"],
  failed: ["scheduled", "cancelled"],
  sent: [],
  cancelled: [],
  deleted: []
};
function canTransition(from, to) {
  return TRANSITIONS[from].includes(to);
}
const EDITABLE_STATUSES = ["draft", "pending_validation", "scheduled", "to_review"];
const isEditable = (status) => EDITABLE_STATUSES.includes(status);
function statusAfterSave(intent, requiresValidation) {
  if (intent === "draft") return "draft";
  return requiresValidation ? "pending_validation" : "scheduled";
}

export { reminders_error_not_editable as a, canTransition as c, isEditable as i, previewForRecipients as p, reminders_error_changed as r, statusAfterSave as s };
//# sourceMappingURL=lifecycle.js-vGcytFYN.js.map
