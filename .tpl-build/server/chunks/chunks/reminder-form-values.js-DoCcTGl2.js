import { C as CHANNELS } from './reminders2.js-DWGYLsjs.js';

const str = (v) => Array.isArray(v) ? v[0] ?? "" : v ?? "";
const ticked = (v) => str(v) === "on" || str(v) === "true";
function stateFromPost(values) {
  const recipients = {};
  for (const [key, value] of Object.entries(values))
    if (key.startsWith("channels_"))
      recipients[key.slice(9)] = [value].flat().filter((c) => CHANNELS.includes(c));
  return {
    templateId: str(values.templateId),
    sendDate: str(values.sendDate),
    shortDescription: str(values.shortDescription),
    description: str(values.description),
    requiresValidation: ticked(values.requiresValidation),
    keep: ticked(values.keep),
    groupId: str(values.groupId),
    immediate: ticked(values.immediate),
    emailSubject: str(values.emailSubject),
    emailHeader: str(values.emailHeader),
    emailBody: str(values.emailBody),
    emailFooter: str(values.emailFooter),
    smsText: str(values.smsText),
    letterBody: str(values.letterBody),
    recipients,
    version: values.version ? Number(str(values.version)) : null
  };
}

export { stateFromPost as s };
//# sourceMappingURL=reminder-form-values.js-DoCcTGl2.js.map
