import { a6 as attr, a5 as escape_html, a7 as ensure_array_like, _ as derived } from './index.js-COLKlL0x.js';
import './exports.js-B9Uzt4sy.js';
import './utils2.js-ejsMtG81.js';
import './utils.js-BmkJLse3.js';
import './root.js-Duy9cqKt.js';
import './state.svelte.js-BZtVb3pR.js';
import { F as Field } from './Field.js-BWvlJ_cu.js';
import { F as FormError } from './FormError.js-hJx8zaQ-.js';
import './zod-messages.js-Dlwf9NDY.js';
import { C as CIVILITIES, b as CONTACT_ROLES } from './contacts2.js-BGxyN4R2.js';
import { C as Checkbox } from './Checkbox.js-CzBTU9n8.js';
import { c as contactRoleLabel, a as contacts_consents, b as contacts_channel_email, d as contacts_channel_letter, e as contacts_channel_sms } from './labels.js-CtlpdZ8s.js';
import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_contacts_address = (
  /** @type {(inputs: Contacts_AddressInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Adresse postale`
    );
  }
);
const en_contacts_address = (
  /** @type {(inputs: Contacts_AddressInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Postal address`
    );
  }
);
const contacts_address = (
  /** @type {((inputs?: Contacts_AddressInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_AddressInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_address();
    return fr_contacts_address();
  })
);
const fr_contacts_address_line1 = (
  /** @type {(inputs: Contacts_Address_Line1Inputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Adresse`
    );
  }
);
const en_contacts_address_line1 = (
  /** @type {(inputs: Contacts_Address_Line1Inputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Address`
    );
  }
);
const contacts_address_line1 = (
  /** @type {((inputs?: Contacts_Address_Line1Inputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Address_Line1Inputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_address_line1();
    return fr_contacts_address_line1();
  })
);
const fr_contacts_address_line2 = (
  /** @type {(inputs: Contacts_Address_Line2Inputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Complément d'adresse`
    );
  }
);
const en_contacts_address_line2 = (
  /** @type {(inputs: Contacts_Address_Line2Inputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Address line 2`
    );
  }
);
const contacts_address_line2 = (
  /** @type {((inputs?: Contacts_Address_Line2Inputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Address_Line2Inputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_address_line2();
    return fr_contacts_address_line2();
  })
);
const fr_contacts_city = (
  /** @type {(inputs: Contacts_CityInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Ville`
    );
  }
);
const en_contacts_city = (
  /** @type {(inputs: Contacts_CityInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `City`
    );
  }
);
const contacts_city = (
  /** @type {((inputs?: Contacts_CityInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_CityInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_city();
    return fr_contacts_city();
  })
);
const fr_contacts_civility = (
  /** @type {(inputs: Contacts_CivilityInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Civilité`
    );
  }
);
const en_contacts_civility = (
  /** @type {(inputs: Contacts_CivilityInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Title`
    );
  }
);
const contacts_civility = (
  /** @type {((inputs?: Contacts_CivilityInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_CivilityInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_civility();
    return fr_contacts_civility();
  })
);
const fr_contacts_civility_none = (
  /** @type {(inputs: Contacts_Civility_NoneInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Non précisée`
    );
  }
);
const en_contacts_civility_none = (
  /** @type {(inputs: Contacts_Civility_NoneInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Not specified`
    );
  }
);
const contacts_civility_none = (
  /** @type {((inputs?: Contacts_Civility_NoneInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Civility_NoneInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_civility_none();
    return fr_contacts_civility_none();
  })
);
const fr_contacts_country = (
  /** @type {(inputs: Contacts_CountryInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Pays (code à deux lettres, ex. FR)`
    );
  }
);
const en_contacts_country = (
  /** @type {(inputs: Contacts_CountryInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Country (two-letter code, e.g. FR)`
    );
  }
);
const contacts_country = (
  /** @type {((inputs?: Contacts_CountryInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_CountryInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_country();
    return fr_contacts_country();
  })
);
const fr_contacts_email = (
  /** @type {(inputs: Contacts_EmailInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Adresse e-mail`
    );
  }
);
const en_contacts_email = (
  /** @type {(inputs: Contacts_EmailInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Email address`
    );
  }
);
const contacts_email = (
  /** @type {((inputs?: Contacts_EmailInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_EmailInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_email();
    return fr_contacts_email();
  })
);
const fr_contacts_first_name = (
  /** @type {(inputs: Contacts_First_NameInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Prénom`
    );
  }
);
const en_contacts_first_name = (
  /** @type {(inputs: Contacts_First_NameInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `First name`
    );
  }
);
const contacts_first_name = (
  /** @type {((inputs?: Contacts_First_NameInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_First_NameInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_first_name();
    return fr_contacts_first_name();
  })
);
const fr_contacts_last_name = (
  /** @type {(inputs: Contacts_Last_NameInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Nom`
    );
  }
);
const en_contacts_last_name = (
  /** @type {(inputs: Contacts_Last_NameInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Last name`
    );
  }
);
const contacts_last_name = (
  /** @type {((inputs?: Contacts_Last_NameInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Last_NameInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_last_name();
    return fr_contacts_last_name();
  })
);
const fr_contacts_mobile_phone = (
  /** @type {(inputs: Contacts_Mobile_PhoneInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Téléphone mobile`
    );
  }
);
const en_contacts_mobile_phone = (
  /** @type {(inputs: Contacts_Mobile_PhoneInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Mobile phone`
    );
  }
);
const contacts_mobile_phone = (
  /** @type {((inputs?: Contacts_Mobile_PhoneInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Mobile_PhoneInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_mobile_phone();
    return fr_contacts_mobile_phone();
  })
);
const fr_contacts_postal_code = (
  /** @type {(inputs: Contacts_Postal_CodeInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Code postal`
    );
  }
);
const en_contacts_postal_code = (
  /** @type {(inputs: Contacts_Postal_CodeInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Postal code`
    );
  }
);
const contacts_postal_code = (
  /** @type {((inputs?: Contacts_Postal_CodeInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Postal_CodeInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_postal_code();
    return fr_contacts_postal_code();
  })
);
const fr_contacts_role = (
  /** @type {(inputs: Contacts_RoleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Rôle`
    );
  }
);
const en_contacts_role = (
  /** @type {(inputs: Contacts_RoleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Role`
    );
  }
);
const contacts_role = (
  /** @type {((inputs?: Contacts_RoleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_RoleInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_role();
    return fr_contacts_role();
  })
);
function ContactForm($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { initial, form, action, submitLabel } = $$props;
    const errors = derived(() => form?.errors ?? {});
    const posted = derived(() => form?.values);
    const text = (name) => String((posted() ?? initial)[name] ?? "");
    const ticked = (name) => posted() ? Boolean(posted()[name]) : Boolean(initial[name]);
    const email = derived(() => text("email"));
    FormError($$renderer2, { message: errors()._form });
    $$renderer2.push(`<!----> <form method="POST"${attr("action", action)} novalidate=""><div class="field"><label for="field-civility">${escape_html(contacts_civility())}</label> <select id="field-civility" name="civility"${attr("aria-invalid", errors().civility ? "true" : void 0)}><!--[-->`);
    const each_array = ensure_array_like(CIVILITIES);
    for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
      let civility = each_array[$$index];
      $$renderer2.option({ value: civility, selected: text("civility") === civility }, ($$renderer3) => {
        $$renderer3.push(`${escape_html(civility || contacts_civility_none())}`);
      });
    }
    $$renderer2.push(`<!--]--></select> `);
    if (errors().civility) {
      $$renderer2.push(`<!--[0--><p class="error" role="alert">${escape_html(errors().civility)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></div> `);
    Field($$renderer2, {
      label: contacts_first_name(),
      name: "firstName",
      value: text("firstName"),
      error: errors().firstName,
      maxlength: 80,
      autocomplete: "off"
    });
    $$renderer2.push(`<!----> `);
    Field($$renderer2, {
      label: contacts_last_name(),
      name: "lastName",
      value: text("lastName"),
      error: errors().lastName,
      maxlength: 80,
      required: true,
      autocomplete: "off"
    });
    $$renderer2.push(`<!----> <div class="field"><label for="field-email">${escape_html(contacts_email())}</label> <input id="field-email" name="email" type="email" inputmode="email" autocomplete="off" autocapitalize="none" spellcheck="false"${attr("maxlength", 254)}${attr("value", email())}${attr("aria-invalid", errors().email ? "true" : void 0)} aria-describedby="field-email-hint"/> `);
    if (errors().email) {
      $$renderer2.push(`<!--[0--><p class="error" role="alert">${escape_html(errors().email)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> <div id="field-email-hint" aria-live="polite">`);
    {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></div></div> `);
    Field($$renderer2, {
      label: contacts_mobile_phone(),
      name: "mobilePhone",
      type: "tel",
      inputmode: "tel",
      autocomplete: "off",
      placeholder: "06 12 34 56 78",
      value: text("mobilePhone"),
      error: errors().mobilePhone,
      maxlength: 40
    });
    $$renderer2.push(`<!----> <div class="field"><label for="field-role">${escape_html(contacts_role())}</label> <select id="field-role" name="role"${attr("aria-invalid", errors().role ? "true" : void 0)}><!--[-->`);
    const each_array_1 = ensure_array_like(CONTACT_ROLES);
    for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
      let role = each_array_1[$$index_1];
      $$renderer2.option({ value: role, selected: (text("role") || "relance") === role }, ($$renderer3) => {
        $$renderer3.push(`${escape_html(contactRoleLabel(role))}`);
      });
    }
    $$renderer2.push(`<!--]--></select> `);
    if (errors().role) {
      $$renderer2.push(`<!--[0--><p class="error" role="alert">${escape_html(errors().role)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></div> <fieldset class="svelte-1inr4sn"><legend class="svelte-1inr4sn">${escape_html(contacts_address())}</legend> `);
    Field($$renderer2, {
      label: contacts_address_line1(),
      name: "addressLine1",
      value: text("addressLine1"),
      error: errors().addressLine1,
      maxlength: 120
    });
    $$renderer2.push(`<!----> `);
    Field($$renderer2, {
      label: contacts_address_line2(),
      name: "addressLine2",
      value: text("addressLine2"),
      error: errors().addressLine2,
      maxlength: 120
    });
    $$renderer2.push(`<!----> <div class="pair svelte-1inr4sn">`);
    Field($$renderer2, {
      label: contacts_postal_code(),
      name: "postalCode",
      inputmode: "numeric",
      value: text("postalCode"),
      error: errors().postalCode,
      maxlength: 12
    });
    $$renderer2.push(`<!----> `);
    Field($$renderer2, {
      label: contacts_city(),
      name: "city",
      value: text("city"),
      error: errors().city,
      maxlength: 80
    });
    $$renderer2.push(`<!----></div> `);
    Field($$renderer2, {
      label: contacts_country(),
      name: "country",
      value: text("country") || "FR",
      error: errors().country,
      maxlength: 2,
      autocapitalize: "characters"
    });
    $$renderer2.push(`<!----></fieldset> <fieldset class="svelte-1inr4sn"><legend class="svelte-1inr4sn">${escape_html(contacts_consents())}</legend> `);
    Checkbox($$renderer2, {
      label: contacts_channel_email(),
      name: "consentEmail",
      checked: ticked("consentEmail")
    });
    $$renderer2.push(`<!----> `);
    Checkbox($$renderer2, {
      label: contacts_channel_letter(),
      name: "consentLetter",
      checked: ticked("consentLetter")
    });
    $$renderer2.push(`<!----> `);
    Checkbox($$renderer2, {
      label: contacts_channel_sms(),
      name: "consentSms",
      checked: ticked("consentSms")
    });
    $$renderer2.push(`<!----></fieldset> <button class="button" type="submit">${escape_html(submitLabel)}</button></form>`);
  });
}

export { ContactForm as C };
//# sourceMappingURL=ContactForm.js-1daS1T-l.js.map
