import './zod-messages.js-Dlwf9NDY.js';
import { i as isCalendarDate } from './dates.js-AP8tg7EP.js';
import { z } from 'zod';
import { e as error_date } from './error_date.js-CxrjOK98.js';
import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_reminders_error_no_recipient = (
  /** @type {(inputs: Reminders_Error_No_RecipientInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Choisissez au moins un destinataire et un canal.`
    );
  }
);
const en_reminders_error_no_recipient = (
  /** @type {(inputs: Reminders_Error_No_RecipientInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Choose at least one recipient and one channel.`
    );
  }
);
const reminders_error_no_recipient = (
  /** @type {((inputs?: Reminders_Error_No_RecipientInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Error_No_RecipientInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_error_no_recipient();
    return fr_reminders_error_no_recipient();
  })
);
const CHANNELS = ["email", "sms", "letter"];
const checkbox = z.union([z.literal("on"), z.literal("true"), z.literal("")]).optional().transform((v) => v === "on" || v === "true");
const optionalUuid = z.union([z.uuid(), z.literal("")]).optional().transform((v) => v || null);
const text = (max) => z.string().max(max).optional().default("");
const reminderFormSchema = z.object({
  debtorId: z.uuid(),
  templateId: optionalUuid,
  sendDate: z.string().min(1).refine(isCalendarDate, { error: () => error_date() }),
  shortDescription: z.string().trim().min(1).max(120),
  description: text(5e3),
  requiresValidation: checkbox,
  keep: checkbox,
  groupId: optionalUuid,
  immediate: checkbox,
  emailSubject: text(300),
  emailHeader: text(5e3),
  emailBody: text(2e4),
  emailFooter: text(5e3),
  smsText: text(1600),
  letterBody: text(2e4),
  version: z.coerce.number().int().min(0).optional(),
  intent: z.enum(["save", "draft"]).optional().default("save")
}).passthrough().transform(({ ...all }) => {
  const recipients = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith("channels_")) continue;
    const channels = [value].flat().filter((c) => CHANNELS.includes(String(c)));
    if (channels.length) recipients.push({ contactId: key.slice("channels_".length), channels: [...new Set(channels)] });
  }
  const { debtorId, templateId, sendDate, shortDescription, description, requiresValidation, keep, groupId, immediate, version, intent } = all;
  const content = {
    emailSubject: all.emailSubject,
    emailHeader: all.emailHeader,
    emailBody: all.emailBody,
    emailFooter: all.emailFooter,
    smsText: all.smsText,
    letterBody: all.letterBody
  };
  return { debtorId, templateId, sendDate, shortDescription, description, requiresValidation, keep, groupId, immediate, version, intent, content, recipients };
}).superRefine((value, ctx) => {
  if (value.recipients.length === 0)
    ctx.addIssue({ code: "custom", path: ["recipients"], message: reminders_error_no_recipient() });
});
const decisionSchema = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1) });
const rejectSchema = decisionSchema.extend({ reason: z.string().trim().min(1).max(500) });
const cancelSchema = decisionSchema.extend({ reason: z.string().trim().max(500).optional().default("") });
const selected = z.union([z.string(), z.array(z.string())]).transform((v) => [v].flat()).pipe(z.array(z.string().regex(/^[0-9a-f-]{36}:\d+$/i)).min(1).max(500)).transform((items) => items.map((i) => ({ id: i.slice(0, 36), version: Number(i.slice(37)) })));
const bulkApproveSchema = z.object({ selected });
const bulkRejectSchema = z.object({ selected, reason: z.string().trim().min(1).max(500) });

export { CHANNELS as C, bulkApproveSchema as a, bulkRejectSchema as b, cancelSchema as c, decisionSchema as d, reminderFormSchema as e, rejectSchema as r };
//# sourceMappingURL=reminders2.js-DWGYLsjs.js.map
