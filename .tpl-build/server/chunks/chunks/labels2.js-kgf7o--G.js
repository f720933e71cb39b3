import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_templates_channel_email = (
  /** @type {(inputs: Templates_Channel_EmailInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `E-mail`
    );
  }
);
const en_templates_channel_email = (
  /** @type {(inputs: Templates_Channel_EmailInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Email`
    );
  }
);
const templates_channel_email = (
  /** @type {((inputs?: Templates_Channel_EmailInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Channel_EmailInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_channel_email();
    return fr_templates_channel_email();
  })
);
const fr_templates_channel_letter = (
  /** @type {(inputs: Templates_Channel_LetterInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Courrier`
    );
  }
);
const en_templates_channel_letter = (
  /** @type {(inputs: Templates_Channel_LetterInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Letter`
    );
  }
);
const templates_channel_letter = (
  /** @type {((inputs?: Templates_Channel_LetterInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Channel_LetterInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_channel_letter();
    return fr_templates_channel_letter();
  })
);
const fr_templates_channel_sms = (
  /** @type {(inputs: Templates_Channel_SmsInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `SMS`
    );
  }
);
const en_templates_channel_sms = (
  /** @type {(inputs: Templates_Channel_SmsInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `SMS`
    );
  }
);
const templates_channel_sms = (
  /** @type {((inputs?: Templates_Channel_SmsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Channel_SmsInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_channel_sms();
    return fr_templates_channel_sms();
  })
);
const fr_templates_keep = (
  /** @type {(inputs: Templates_KeepInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `À conserver`
    );
  }
);
const en_templates_keep = (
  /** @type {(inputs: Templates_KeepInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Keep`
    );
  }
);
const templates_keep = (
  /** @type {((inputs?: Templates_KeepInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_KeepInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_keep();
    return fr_templates_keep();
  })
);
const CHANNEL = {
  email: templates_channel_email,
  sms: templates_channel_sms,
  letter: templates_channel_letter
};
function channelLabel(channel) {
  return CHANNEL[channel]?.() ?? channel;
}

export { channelLabel as c, templates_keep as t };
//# sourceMappingURL=labels2.js-kgf7o--G.js.map
