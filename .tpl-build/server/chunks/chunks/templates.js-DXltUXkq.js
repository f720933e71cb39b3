import { a as error_required } from './zod-messages.js-Dlwf9NDY.js';
import { C as CHANNELS } from './reminders2.js-DWGYLsjs.js';
import { z } from 'zod';
import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_templates_channels_required = (
  /** @type {(inputs: Templates_Channels_RequiredInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Choisissez au moins un canal.`
    );
  }
);
const en_templates_channels_required = (
  /** @type {(inputs: Templates_Channels_RequiredInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Choose at least one channel.`
    );
  }
);
const templates_channels_required = (
  /** @type {((inputs?: Templates_Channels_RequiredInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Channels_RequiredInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_channels_required();
    return fr_templates_channels_required();
  })
);
const checkbox = z.union([z.literal("on"), z.literal("")]).optional().transform((v) => v === "on");
const text = (max) => z.string().max(max).optional().default("");
const content = {
  emailSubject: text(300),
  emailHeader: text(5e3),
  emailBody: text(2e4),
  emailFooter: text(5e3),
  smsText: text(1600),
  letterBody: text(2e4)
};
const NEEDED = {
  email: ["emailSubject", "emailBody"],
  sms: ["smsText"],
  letter: ["letterBody"]
};
const templateSchema = z.object({
  name: z.string().trim().min(1).max(120),
  shortDescription: z.string().trim().min(1).max(120),
  description: text(5e3),
  requiresValidation: checkbox,
  keep: checkbox,
  groupId: z.union([z.uuid(), z.literal("")]).optional().transform((v) => v || null),
  // An unticked checkbox is not posted, a single ticked one comes as a string.
  channels: z.preprocess(
    (v) => v === void 0 ? [] : [v].flat(),
    z.array(z.enum(CHANNELS)).min(1, { error: () => templates_channels_required() }).transform((list) => CHANNELS.filter((c) => list.includes(c)))
  ),
  ...content
}).superRefine((template, ctx) => {
  for (const channel of template.channels)
    for (const field of NEEDED[channel])
      if (!template[field].trim()) ctx.addIssue({ code: "custom", path: [field], message: error_required() });
});
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const templatePreviewSchema = z.object({
  ...content,
  previewFor: z.string().regex(new RegExp(`^${UUID}(:${UUID})?$`, "i")).transform((value) => {
    const [debtorId, contactId] = value.split(":");
    return { debtorId, contactId: contactId ?? null };
  })
});

export { templateSchema as a, templatePreviewSchema as t };
//# sourceMappingURL=templates.js-DXltUXkq.js.map
