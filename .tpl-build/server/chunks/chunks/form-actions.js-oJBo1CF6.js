import { eq, and, asc, sql } from 'drizzle-orm';
import { o as organisations, f as debtors, j as contacts, g as groups, h as debtorGroups, t as templates, c as reminderRecipients, a as reminders, i as invoices, d as reminderInvoices } from './reminders.js-1QsuNvTf.js';
import { c as checkMergeFields } from './render.js-DuaqjfoX.js';
import { t as todayIn } from './dates.js-AP8tg7EP.js';
import { g as getLocale } from './runtime.js-CK3d4wQN.js';
import { p as previewForRecipients, s as statusAfterSave, i as isEditable, a as reminders_error_not_editable, r as reminders_error_changed } from './lifecycle.js-vGcytFYN.js';
import { s as statusLabel, c as channelLabel } from './reminder-labels.js-DAKPtdMd.js';
import { r as recordEvents } from './history.js-B574EGaj.js';
import { e as error_not_found } from './error_not_found.js-CUBvdG1a.js';
import { C as error } from './utils.js-BmkJLse3.js';
import { a as formValues, p as parseForm } from './forms.js-Dc3ZRNEr.js';
import { e as reminderFormSchema } from './reminders2.js-DWGYLsjs.js';
import { s as stateFromPost } from './reminder-form-values.js-DoCcTGl2.js';
import { i as isUuid } from './ids.js-ClD26XtQ.js';

const fr_reminders_error_contact = (
  /** @type {(inputs: Reminders_Error_ContactInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Ce contact n'appartient pas à ce débiteur.`
    );
  }
);
const en_reminders_error_contact = (
  /** @type {(inputs: Reminders_Error_ContactInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `This contact does not belong to this debtor.`
    );
  }
);
const reminders_error_contact = (
  /** @type {((inputs?: Reminders_Error_ContactInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Error_ContactInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_error_contact();
    return fr_reminders_error_contact();
  })
);
const fr_reminders_error_content_required = (
  /** @type {(inputs: Reminders_Error_Content_RequiredInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Obligatoire pour le canal ${i?.channel}.`
    );
  }
);
const en_reminders_error_content_required = (
  /** @type {(inputs: Reminders_Error_Content_RequiredInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Required for the ${i?.channel} channel.`
    );
  }
);
const reminders_error_content_required = (
  /** @type {((inputs: Reminders_Error_Content_RequiredInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Error_Content_RequiredInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_error_content_required(inputs);
    return fr_reminders_error_content_required(inputs);
  })
);
const fr_reminders_error_email_consent = (
  /** @type {(inputs: Reminders_Error_Email_ConsentInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.name} : pas de consentement à l'e-mail.`
    );
  }
);
const en_reminders_error_email_consent = (
  /** @type {(inputs: Reminders_Error_Email_ConsentInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.name}: no consent to email.`
    );
  }
);
const reminders_error_email_consent = (
  /** @type {((inputs: Reminders_Error_Email_ConsentInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Error_Email_ConsentInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_error_email_consent(inputs);
    return fr_reminders_error_email_consent(inputs);
  })
);
const fr_reminders_error_email_invalid = (
  /** @type {(inputs: Reminders_Error_Email_InvalidInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.name} : l'adresse e-mail est à contrôler avant envoi.`
    );
  }
);
const en_reminders_error_email_invalid = (
  /** @type {(inputs: Reminders_Error_Email_InvalidInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.name}: the email address must be checked before sending.`
    );
  }
);
const reminders_error_email_invalid = (
  /** @type {((inputs: Reminders_Error_Email_InvalidInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Error_Email_InvalidInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_error_email_invalid(inputs);
    return fr_reminders_error_email_invalid(inputs);
  })
);
const fr_reminders_error_email_missing = (
  /** @type {(inputs: Reminders_Error_Email_MissingInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.name} : pas d'adresse e-mail.`
    );
  }
);
const en_reminders_error_email_missing = (
  /** @type {(inputs: Reminders_Error_Email_MissingInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.name}: no email address.`
    );
  }
);
const reminders_error_email_missing = (
  /** @type {((inputs: Reminders_Error_Email_MissingInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Error_Email_MissingInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_error_email_missing(inputs);
    return fr_reminders_error_email_missing(inputs);
  })
);
const fr_reminders_error_group = (
  /** @type {(inputs: Reminders_Error_GroupInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Ce débiteur n'est pas concerné par ce groupe.`
    );
  }
);
const en_reminders_error_group = (
  /** @type {(inputs: Reminders_Error_GroupInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `This debtor is not concerned by this group.`
    );
  }
);
const reminders_error_group = (
  /** @type {((inputs?: Reminders_Error_GroupInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Error_GroupInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_error_group();
    return fr_reminders_error_group();
  })
);
const fr_reminders_error_letter_consent = (
  /** @type {(inputs: Reminders_Error_Letter_ConsentInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.name} : pas de consentement au courrier papier.`
    );
  }
);
const en_reminders_error_letter_consent = (
  /** @type {(inputs: Reminders_Error_Letter_ConsentInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.name}: no consent to paper mail.`
    );
  }
);
const reminders_error_letter_consent = (
  /** @type {((inputs: Reminders_Error_Letter_ConsentInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Error_Letter_ConsentInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_error_letter_consent(inputs);
    return fr_reminders_error_letter_consent(inputs);
  })
);
const fr_reminders_error_letter_missing = (
  /** @type {(inputs: Reminders_Error_Letter_MissingInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.name} : adresse postale incomplète.`
    );
  }
);
const en_reminders_error_letter_missing = (
  /** @type {(inputs: Reminders_Error_Letter_MissingInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.name}: incomplete postal address.`
    );
  }
);
const reminders_error_letter_missing = (
  /** @type {((inputs: Reminders_Error_Letter_MissingInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Error_Letter_MissingInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_error_letter_missing(inputs);
    return fr_reminders_error_letter_missing(inputs);
  })
);
const fr_reminders_error_past_date = (
  /** @type {(inputs: Reminders_Error_Past_DateInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `La date d'envoi est passée : choisissez aujourd'hui ou plus tard, ou cochez « Envoi immédiat ».`
    );
  }
);
const en_reminders_error_past_date = (
  /** @type {(inputs: Reminders_Error_Past_DateInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `The send date has passed: choose today or later, or tick “Send now”.`
    );
  }
);
const reminders_error_past_date = (
  /** @type {((inputs?: Reminders_Error_Past_DateInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Error_Past_DateInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_error_past_date();
    return fr_reminders_error_past_date();
  })
);
const fr_reminders_error_sms_consent = (
  /** @type {(inputs: Reminders_Error_Sms_ConsentInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.name} : pas de consentement aux SMS.`
    );
  }
);
const en_reminders_error_sms_consent = (
  /** @type {(inputs: Reminders_Error_Sms_ConsentInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.name}: no consent to SMS.`
    );
  }
);
const reminders_error_sms_consent = (
  /** @type {((inputs: Reminders_Error_Sms_ConsentInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Error_Sms_ConsentInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_error_sms_consent(inputs);
    return fr_reminders_error_sms_consent(inputs);
  })
);
const fr_reminders_error_sms_missing = (
  /** @type {(inputs: Reminders_Error_Sms_MissingInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.name} : pas de numéro de mobile.`
    );
  }
);
const en_reminders_error_sms_missing = (
  /** @type {(inputs: Reminders_Error_Sms_MissingInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.name}: no mobile number.`
    );
  }
);
const reminders_error_sms_missing = (
  /** @type {((inputs: Reminders_Error_Sms_MissingInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Error_Sms_MissingInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_error_sms_missing(inputs);
    return fr_reminders_error_sms_missing(inputs);
  })
);
const fr_reminders_error_template = (
  /** @type {(inputs: Reminders_Error_TemplateInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Modèle introuvable.`
    );
  }
);
const en_reminders_error_template = (
  /** @type {(inputs: Reminders_Error_TemplateInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Template not found.`
    );
  }
);
const reminders_error_template = (
  /** @type {((inputs?: Reminders_Error_TemplateInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Error_TemplateInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_error_template();
    return fr_reminders_error_template();
  })
);
const fr_reminders_error_validation_locked = (
  /** @type {(inputs: Reminders_Error_Validation_LockedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Cette relance a été créée avec validation : l'option ne peut plus être retirée, elle doit être validée.`
    );
  }
);
const en_reminders_error_validation_locked = (
  /** @type {(inputs: Reminders_Error_Validation_LockedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `This reminder was created requiring validation: the option can no longer be removed; it must be approved.`
    );
  }
);
const reminders_error_validation_locked = (
  /** @type {((inputs?: Reminders_Error_Validation_LockedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Error_Validation_LockedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_error_validation_locked();
    return fr_reminders_error_validation_locked();
  })
);
async function loadFormContext(db, organisationId, debtorId) {
  const [debtor] = await db.select({ id: debtors.id, name: debtors.name, accountNumber: debtors.accountNumber, timezone: organisations.timezone }).from(debtors).innerJoin(organisations, eq(organisations.id, debtors.organisationId)).where(and(eq(debtors.id, debtorId), eq(debtors.organisationId, organisationId)));
  if (!debtor) return null;
  const [debtorContacts, debtorGroupRows, templateRows] = await Promise.all([
    db.select().from(contacts).where(eq(contacts.debtorId, debtorId)).orderBy(asc(contacts.lastName), asc(contacts.id)),
    db.select({ id: groups.id, name: groups.name }).from(debtorGroups).innerJoin(groups, eq(groups.id, debtorGroups.groupId)).where(eq(debtorGroups.debtorId, debtorId)).orderBy(asc(groups.name)),
    db.select({ id: templates.id, name: templates.name }).from(templates).where(eq(templates.organisationId, organisationId)).orderBy(asc(templates.name))
  ]);
  return { debtor, contacts: debtorContacts, groups: debtorGroupRows, templates: templateRows, today: todayIn(debtor.timezone) };
}
async function getTemplateForForm(db, organisationId, templateId) {
  const [template] = await db.select().from(templates).where(and(eq(templates.id, templateId), eq(templates.organisationId, organisationId)));
  return template ?? null;
}
const displayName = (c) => [c.civility, c.firstName, c.lastName].filter(Boolean).join(" ");
function channelProblem(contact, channel) {
  const name = displayName(contact);
  if (channel === "email") {
    if (!contact.email) return reminders_error_email_missing({ name });
    if (contact.emailCheck && !contact.emailCheckOverridden) return reminders_error_email_invalid({ name });
    if (!contact.consentEmail) return reminders_error_email_consent({ name });
  }
  if (channel === "sms") {
    if (!contact.mobilePhone) return reminders_error_sms_missing({ name });
    if (!contact.consentSms) return reminders_error_sms_consent({ name });
  }
  if (channel === "letter") {
    if (!contact.addressLine1 || !contact.postalCode || !contact.city) return reminders_error_letter_missing({ name });
    if (!contact.consentLetter) return reminders_error_letter_consent({ name });
  }
  return null;
}
function checkRecipients(debtorContacts, recipients) {
  const errors = {};
  const byId = new Map(debtorContacts.map((c) => [c.id, c]));
  for (const recipient of recipients) {
    const field = `channels_${recipient.contactId}`;
    const contact = byId.get(recipient.contactId);
    if (!contact) {
      errors.recipients ??= reminders_error_contact();
      continue;
    }
    const problems = recipient.channels.map((c) => channelProblem(contact, c)).filter((p) => !!p);
    if (problems.length) errors[field] = problems.join(" ");
  }
  return errors;
}
function stateForNew(context, template) {
  const channels = template?.channels ?? ["email"];
  const recipients = {};
  for (const contact of context.contacts) {
    if (contact.role !== "relance") continue;
    const usable = channels.filter((c) => channelProblem(contact, c) === null);
    if (usable.length) recipients[contact.id] = usable;
  }
  const groupId = template?.groupId && context.groups.some((g) => g.id === template.groupId) ? template.groupId : "";
  return {
    templateId: template?.id ?? "",
    sendDate: context.today,
    shortDescription: template?.shortDescription ?? "",
    description: template?.description ?? "",
    requiresValidation: template?.requiresValidation ?? false,
    keep: template?.keep ?? false,
    groupId,
    immediate: false,
    emailSubject: template?.emailSubject ?? "",
    emailHeader: template?.emailHeader ?? "",
    emailBody: template?.emailBody ?? "",
    emailFooter: template?.emailFooter ?? "",
    smsText: template?.smsText ?? "",
    letterBody: template?.letterBody ?? "",
    recipients,
    version: null
  };
}
function stateForExisting(detail) {
  const r = detail.reminder;
  return {
    templateId: r.templateId ?? "",
    sendDate: r.sendDate,
    shortDescription: r.shortDescription,
    description: r.description,
    requiresValidation: r.requiresValidation,
    keep: r.keep,
    groupId: r.groupId ?? "",
    immediate: r.immediate,
    ...r.content,
    recipients: Object.fromEntries(detail.recipients.map((x) => [x.contact.id, x.channels])),
    version: r.version
  };
}
const REQUIRED_CONTENT = {
  email: ["emailSubject", "emailBody"],
  sms: ["smsText"],
  letter: ["letterBody"]
};
const CONTENT_OF = {
  email: ["emailSubject", "emailHeader", "emailBody", "emailFooter"],
  sms: ["smsText"],
  letter: ["letterBody"]
};
class Refused extends Error {
  constructor(status, errors) {
    super("refused");
    this.status = status;
    this.errors = errors;
  }
  status;
  errors;
}
function createReminder(db, actor, input) {
  return save(db, actor, input, null);
}
function updateReminder(db, actor, reminderId, input) {
  return save(db, actor, input, reminderId);
}
async function save(db, actor, input, reminderId) {
  try {
    const id = await db.transaction(async (tx) => {
      const debtor = await loadDebtor(tx, actor.organisationId, input.debtorId);
      const existing = reminderId ? await lockExisting(tx, actor.organisationId, reminderId, input) : null;
      if (existing && existing.debtorId !== debtor.id) throw new Refused(404, { _form: error_not_found() });
      const errors = await checkInput(tx, actor.organisationId, debtor, input, existing);
      if (Object.keys(errors).length) throw new Refused(400, errors);
      const sendDate = input.immediate ? debtor.today : input.sendDate;
      const status = statusAfterSave(input.intent, input.requiresValidation);
      const values = {
        templateId: input.templateId,
        groupId: input.groupId,
        status,
        sendDate,
        shortDescription: input.shortDescription,
        description: input.description,
        requiresValidation: input.requiresValidation,
        keep: input.keep,
        immediate: input.immediate,
        content: input.content,
        updatedBy: actor.userId,
        approvedBy: null,
        approvedAt: null
      };
      const saved = existing ? await update(tx, existing, values) : await insert(tx, actor, debtor.id, { ...values, validationLocked: input.requiresValidation });
      await tx.delete(reminderRecipients).where(eq(reminderRecipients.reminderId, saved.id));
      await tx.insert(reminderRecipients).values(
        input.recipients.map((r) => ({ reminderId: saved.id, contactId: r.contactId, channels: r.channels }))
      );
      if (!existing) await coverUnpaidInvoices(tx, saved.id, debtor.id);
      await recordEvents(tx, [
        {
          organisationId: actor.organisationId,
          reminderId: saved.id,
          debtorId: debtor.id,
          actorId: actor.userId,
          action: existing ? "updated" : "created",
          fromStatus: existing?.status ?? null,
          toStatus: status,
          changes: existing ? diff(existing, { ...values, recipients: input.recipients }) : null
        }
      ]);
      return saved.id;
    });
    return { ok: true, id };
  } catch (error2) {
    if (error2 instanceof Refused) return { ok: false, status: error2.status, errors: error2.errors };
    throw error2;
  }
}
async function loadDebtor(tx, organisationId, debtorId) {
  const [row] = await tx.select({ id: debtors.id, timezone: organisations.timezone }).from(debtors).innerJoin(organisations, eq(organisations.id, debtors.organisationId)).where(and(eq(debtors.id, debtorId), eq(debtors.organisationId, organisationId)));
  if (!row) throw new Refused(404, { _form: error_not_found() });
  return { id: row.id, today: todayIn(row.timezone) };
}
async function lockExisting(tx, organisationId, id, input) {
  const [row] = await tx.select().from(reminders).where(and(eq(reminders.id, id), eq(reminders.organisationId, organisationId))).for("update");
  if (!row) throw new Refused(404, { _form: error_not_found() });
  if (!isEditable(row.status))
    throw new Refused(409, { _form: reminders_error_not_editable({ status: statusLabel(row.status) }) });
  if (input.version !== void 0 && input.version !== row.version)
    throw new Refused(409, { _form: reminders_error_changed() });
  if (row.validationLocked && !input.requiresValidation)
    throw new Refused(400, { requiresValidation: reminders_error_validation_locked() });
  const recipients = await tx.select({ contactId: reminderRecipients.contactId, channels: reminderRecipients.channels }).from(reminderRecipients).where(eq(reminderRecipients.reminderId, id));
  return { ...row, recipients };
}
async function checkInput(tx, organisationId, debtor, input, existing) {
  const errors = {};
  const dateUnchanged = existing?.sendDate === input.sendDate;
  if (!input.immediate && input.sendDate < debtor.today && !dateUnchanged) errors.sendDate = reminders_error_past_date();
  if (input.groupId) {
    const [member] = await tx.select({ groupId: debtorGroups.groupId }).from(debtorGroups).where(and(eq(debtorGroups.debtorId, debtor.id), eq(debtorGroups.groupId, input.groupId)));
    if (!member) errors.groupId = reminders_error_group();
  }
  if (input.templateId) {
    const [template] = await tx.select({ id: templates.id }).from(templates).where(and(eq(templates.id, input.templateId), eq(templates.organisationId, organisationId)));
    if (!template) errors.templateId = reminders_error_template();
  }
  const debtorContacts = await tx.select().from(contacts).where(and(eq(contacts.debtorId, debtor.id), eq(contacts.organisationId, organisationId)));
  Object.assign(errors, checkRecipients(debtorContacts, input.recipients));
  const used = new Set(input.recipients.flatMap((r) => r.channels));
  const checked = {};
  for (const channel of used) {
    for (const field of REQUIRED_CONTENT[channel])
      if (!input.content[field].trim()) errors[field] ??= reminders_error_content_required({ channel: channelLabel(channel) });
    for (const field of CONTENT_OF[channel]) checked[field] = input.content[field];
  }
  for (const [field, message] of Object.entries(checkMergeFields(checked))) errors[field] ??= message;
  return errors;
}
async function insert(tx, actor, debtorId, values) {
  const [row] = await tx.insert(reminders).values({ ...values, organisationId: actor.organisationId, debtorId, createdBy: actor.userId }).returning({ id: reminders.id });
  return row;
}
async function update(tx, existing, values) {
  const [row] = await tx.update(reminders).set({ ...values, version: sql`${reminders.version} + 1`, updatedAt: sql`now()` }).where(eq(reminders.id, existing.id)).returning({ id: reminders.id });
  return row;
}
async function coverUnpaidInvoices(tx, reminderId, debtorId) {
  const unpaid = await tx.select({ id: invoices.id }).from(invoices).where(and(eq(invoices.debtorId, debtorId), sql`${invoices.paidCents} < ${invoices.amountCents}`)).orderBy(asc(invoices.dueDate));
  if (unpaid.length) await tx.insert(reminderInvoices).values(unpaid.map((i) => ({ reminderId, invoiceId: i.id })));
}
const TRACKED = ["sendDate", "shortDescription", "description", "requiresValidation", "keep", "groupId", "immediate", "templateId", "content", "recipients"];
function diff(before, after) {
  const changes = {};
  const beforeRecord = before;
  for (const key of TRACKED) {
    const from = key === "recipients" ? sortRecipients(before.recipients) : beforeRecord[key];
    const to = key === "recipients" ? sortRecipients(after.recipients) : after[key];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}
const sortRecipients = (list) => [...list].sort((a, b) => a.contactId.localeCompare(b.contactId)).map((r) => ({ ...r, channels: [...r.channels].sort() }));
async function previewAction(db, organisationId, request) {
  const values = formValues(await request.formData());
  const state = stateFromPost(values);
  const debtorId = String(values.debtorId ?? "");
  if (!isUuid(debtorId) || !await loadFormContext(db, organisationId, debtorId)) error(404, error_not_found());
  const parsed = parseForm(reminderFormSchema, values);
  const recipients = Object.entries(state.recipients).filter(([, channels]) => channels.length).map(([contactId, channels]) => ({ contactId, channels }));
  const previews = await previewForRecipients(db, organisationId, debtorId, state, recipients);
  return { previews, values, errors: parsed.ok ? {} : parsed.errors };
}

export { stateForNew as a, createReminder as c, getTemplateForForm as g, loadFormContext as l, previewAction as p, stateForExisting as s, updateReminder as u };
//# sourceMappingURL=form-actions.js-oJBo1CF6.js.map
