import { z } from 'zod';
import { en, fr } from 'zod/v4/locales';
import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_error_choice = (
  /** @type {(inputs: Error_ChoiceInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Choix invalide.`
    );
  }
);
const en_error_choice = (
  /** @type {(inputs: Error_ChoiceInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Invalid choice.`
    );
  }
);
const error_choice = (
  /** @type {((inputs?: Error_ChoiceInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_ChoiceInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_error_choice();
    return fr_error_choice();
  })
);
const fr_error_email = (
  /** @type {(inputs: Error_EmailInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Adresse e-mail invalide.`
    );
  }
);
const en_error_email = (
  /** @type {(inputs: Error_EmailInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Invalid email address.`
    );
  }
);
const error_email = (
  /** @type {((inputs?: Error_EmailInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_EmailInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_error_email();
    return fr_error_email();
  })
);
const fr_error_invalid = (
  /** @type {(inputs: Error_InvalidInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Valeur invalide.`
    );
  }
);
const en_error_invalid = (
  /** @type {(inputs: Error_InvalidInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Invalid value.`
    );
  }
);
const error_invalid = (
  /** @type {((inputs?: Error_InvalidInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_InvalidInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_error_invalid();
    return fr_error_invalid();
  })
);
const fr_error_required = (
  /** @type {(inputs: Error_RequiredInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Ce champ est obligatoire.`
    );
  }
);
const en_error_required = (
  /** @type {(inputs: Error_RequiredInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `This field is required.`
    );
  }
);
const error_required = (
  /** @type {((inputs?: Error_RequiredInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_RequiredInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_error_required();
    return fr_error_required();
  })
);
const fr_error_too_long = (
  /** @type {(inputs: Error_Too_LongInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.max} caractères au maximum.`
    );
  }
);
const en_error_too_long = (
  /** @type {(inputs: Error_Too_LongInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `At most ${i?.max} characters.`
    );
  }
);
const error_too_long = (
  /** @type {((inputs: Error_Too_LongInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Too_LongInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_error_too_long(inputs);
    return fr_error_too_long(inputs);
  })
);
const fr_error_too_short = (
  /** @type {(inputs: Error_Too_ShortInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.min} caractères au minimum.`
    );
  }
);
const en_error_too_short = (
  /** @type {(inputs: Error_Too_ShortInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `At least ${i?.min} characters.`
    );
  }
);
const error_too_short = (
  /** @type {((inputs: Error_Too_ShortInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Too_ShortInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_error_too_short(inputs);
    return fr_error_too_short(inputs);
  })
);
const fallback = { fr: fr().localeError, en: en().localeError };
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case "too_small":
        if (issue.origin === "string")
          return issue.minimum === 1 ? error_required() : error_too_short({ min: Number(issue.minimum) });
        if (issue.origin === "array" && issue.minimum === 1) return error_required();
        return void 0;
      case "too_big":
        return issue.origin === "string" ? error_too_long({ max: Number(issue.maximum) }) : void 0;
      case "invalid_format":
        return issue.format === "email" ? error_email() : error_invalid();
      case "invalid_value":
        return error_choice();
      case "invalid_type":
        return issue.input === void 0 || issue.input === null || issue.input === "" ? error_required() : void 0;
      default:
        return void 0;
    }
  },
  localeError: (issue) => fallback[getLocale()](issue)
});

export { error_required as a, error_choice as e };
//# sourceMappingURL=zod-messages.js-Dlwf9NDY.js.map
