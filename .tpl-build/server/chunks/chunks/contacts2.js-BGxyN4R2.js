import emailSpellChecker from '@zootools/email-spell-checker';
import './zod-messages.js-Dlwf9NDY.js';
import { parsePhoneNumberFromString } from 'libphonenumber-js/mobile';
import { z } from 'zod';
import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_contacts_country_invalid = (
  /** @type {(inputs: Contacts_Country_InvalidInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Code pays à deux lettres attendu (FR, BE, CH…).`
    );
  }
);
const en_contacts_country_invalid = (
  /** @type {(inputs: Contacts_Country_InvalidInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `A two-letter country code is expected (FR, BE, CH…).`
    );
  }
);
const contacts_country_invalid = (
  /** @type {((inputs?: Contacts_Country_InvalidInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Country_InvalidInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_country_invalid();
    return fr_contacts_country_invalid();
  })
);
const fr_contacts_phone_invalid = (
  /** @type {(inputs: Contacts_Phone_InvalidInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Numéro de téléphone invalide. Exemple : 06 12 34 56 78.`
    );
  }
);
const en_contacts_phone_invalid = (
  /** @type {(inputs: Contacts_Phone_InvalidInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Invalid phone number. Example: 06 12 34 56 78.`
    );
  }
);
const contacts_phone_invalid = (
  /** @type {((inputs?: Contacts_Phone_InvalidInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Phone_InvalidInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_phone_invalid();
    return fr_contacts_phone_invalid();
  })
);
const fr_contacts_phone_not_mobile = (
  /** @type {(inputs: Contacts_Phone_Not_MobileInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Ce numéro n'est pas un numéro de mobile (06 ou 07 en France) : les SMS ne pourraient pas lui parvenir.`
    );
  }
);
const en_contacts_phone_not_mobile = (
  /** @type {(inputs: Contacts_Phone_Not_MobileInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `This is not a mobile number (06 or 07 in France): text messages could not reach it.`
    );
  }
);
const contacts_phone_not_mobile = (
  /** @type {((inputs?: Contacts_Phone_Not_MobileInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Phone_Not_MobileInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_phone_not_mobile();
    return fr_contacts_phone_not_mobile();
  })
);
const fr_contacts_postal_code_invalid = (
  /** @type {(inputs: Contacts_Postal_Code_InvalidInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Un code postal français compte 5 chiffres.`
    );
  }
);
const en_contacts_postal_code_invalid = (
  /** @type {(inputs: Contacts_Postal_Code_InvalidInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `A French postal code has 5 digits.`
    );
  }
);
const contacts_postal_code_invalid = (
  /** @type {((inputs?: Contacts_Postal_Code_InvalidInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Postal_Code_InvalidInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_postal_code_invalid();
    return fr_contacts_postal_code_invalid();
  })
);
const FRENCH_PROVIDERS = [
  "orange.fr",
  "wanadoo.fr",
  "free.fr",
  "sfr.fr",
  "neuf.fr",
  "bbox.fr",
  "laposte.net",
  "hotmail.fr",
  "hotmail.com",
  "live.fr",
  "yahoo.fr",
  "yahoo.com",
  "gmail.com",
  "outlook.fr",
  "outlook.com",
  "icloud.com"
];
const KNOWN_DOMAINS = [.../* @__PURE__ */ new Set([...emailSpellChecker.POPULAR_DOMAINS, ...FRENCH_PROVIDERS])];
const KNOWN = new Set(KNOWN_DOMAINS);
function suggestEmail(email2) {
  const at = email2.lastIndexOf("@");
  if (at < 1) return null;
  const domain = email2.slice(at + 1).toLowerCase();
  if (KNOWN.has(domain)) return null;
  const suggestion = emailSpellChecker.run({ email: `x@${domain}`, domains: KNOWN_DOMAINS });
  return suggestion && KNOWN.has(suggestion.domain) ? `${email2.slice(0, at)}@${suggestion.domain}` : null;
}
const NATIONAL_REGIONS = ["FR", "RE", "GP", "MQ", "GF", "YT"];
function parseMobile(input) {
  const text2 = input.trim();
  const international = text2.startsWith("+") || text2.startsWith("00");
  for (const region of international ? ["FR"] : NATIONAL_REGIONS) {
    const phone = parsePhoneNumberFromString(text2, region);
    if (phone?.isValid() && phone.getType() === "MOBILE") return { ok: true, e164: phone.number };
  }
  return { ok: false, reason: parsePhoneNumberFromString(text2, "FR")?.isPossible() ? "not_mobile" : "invalid" };
}
function formatMobile(e164) {
  const phone = parsePhoneNumberFromString(e164);
  if (!phone) return e164;
  return phone.countryCallingCode === "33" ? phone.formatNational() : phone.formatInternational();
}
const CIVILITIES = ["", "M.", "Mme"];
const CONTACT_ROLES = ["relance", "facturation", "garant", "autre"];
const text = (max) => z.string().trim().max(max).default("");
const checkbox = z.string().optional().transform((v) => v !== void 0 && v !== "");
const email = text(254).transform((v) => v || null).pipe(z.email().nullable());
const mobilePhone = text(40).transform((v, ctx) => {
  if (!v) return null;
  const parsed = parseMobile(v);
  if (parsed.ok) return parsed.e164;
  ctx.addIssue({
    code: "custom",
    message: parsed.reason === "not_mobile" ? contacts_phone_not_mobile() : contacts_phone_invalid(),
    continue: true
  });
  return null;
});
const contactSchema = z.object({
  civility: z.enum(CIVILITIES).default(""),
  firstName: text(80),
  lastName: z.string().trim().min(1).max(80),
  email,
  mobilePhone,
  addressLine1: text(120),
  addressLine2: text(120),
  postalCode: text(12),
  city: text(80),
  country: text(2).transform((v) => v.toUpperCase() || "FR").pipe(z.string().regex(/^[A-Z]{2}$/, { error: () => contacts_country_invalid() })),
  role: z.enum(CONTACT_ROLES).default("relance"),
  consentEmail: checkbox,
  consentLetter: checkbox,
  consentSms: checkbox
}).refine((v) => v.country !== "FR" || !v.postalCode || /^\d{5}$/.test(v.postalCode), {
  path: ["postalCode"],
  error: () => contacts_postal_code_invalid()
});
const contactIdSchema = z.object({ contactId: z.uuid() });

export { CIVILITIES as C, contactSchema as a, CONTACT_ROLES as b, contactIdSchema as c, formatMobile as f, suggestEmail as s };
//# sourceMappingURL=contacts2.js-BGxyN4R2.js.map
