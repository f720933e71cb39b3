import { a6 as attr, a5 as escape_html, a9 as attributes, a7 as ensure_array_like, a8 as stringify, _ as derived } from './index.js-COLKlL0x.js';
import './exports.js-B9Uzt4sy.js';
import './utils2.js-ejsMtG81.js';
import './utils.js-BmkJLse3.js';
import './root.js-Duy9cqKt.js';
import './state.svelte.js-BZtVb3pR.js';
import { C as CHANNELS } from './reminders2.js-DWGYLsjs.js';
import { c as channelLabel } from './reminder-labels.js-DAKPtdMd.js';
import './zod-messages.js-Dlwf9NDY.js';
import { F as FormError } from './FormError.js-hJx8zaQ-.js';
import { d as reminders_send_date, r as reminders_requires_validation, a as reminders_keep, e as reminders_group, f as reminders_recipients, b as reminders_immediate, R as RecipientPreviews, g as reminders_preview } from './RecipientPreviews.js-D9veCTr5.js';
import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_error_form = (
  /** @type {(inputs: Error_FormInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Le formulaire contient des erreurs : corrigez les champs signalés.`
    );
  }
);
const en_error_form = (
  /** @type {(inputs: Error_FormInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `The form has errors: fix the fields shown.`
    );
  }
);
const error_form = (
  /** @type {((inputs?: Error_FormInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_FormInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_error_form();
    return fr_error_form();
  })
);
const fr_reminders_content = (
  /** @type {(inputs: Reminders_ContentInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Contenu`
    );
  }
);
const en_reminders_content = (
  /** @type {(inputs: Reminders_ContentInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Content`
    );
  }
);
const reminders_content = (
  /** @type {((inputs?: Reminders_ContentInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_ContentInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_content();
    return fr_reminders_content();
  })
);
const fr_reminders_description = (
  /** @type {(inputs: Reminders_DescriptionInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Description`
    );
  }
);
const en_reminders_description = (
  /** @type {(inputs: Reminders_DescriptionInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Description`
    );
  }
);
const reminders_description = (
  /** @type {((inputs?: Reminders_DescriptionInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_DescriptionInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_description();
    return fr_reminders_description();
  })
);
const fr_reminders_email_body = (
  /** @type {(inputs: Reminders_Email_BodyInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Corps de l'e-mail`
    );
  }
);
const en_reminders_email_body = (
  /** @type {(inputs: Reminders_Email_BodyInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Email body`
    );
  }
);
const reminders_email_body = (
  /** @type {((inputs?: Reminders_Email_BodyInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Email_BodyInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_email_body();
    return fr_reminders_email_body();
  })
);
const fr_reminders_email_footer = (
  /** @type {(inputs: Reminders_Email_FooterInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Pied de l'e-mail`
    );
  }
);
const en_reminders_email_footer = (
  /** @type {(inputs: Reminders_Email_FooterInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Email footer`
    );
  }
);
const reminders_email_footer = (
  /** @type {((inputs?: Reminders_Email_FooterInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Email_FooterInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_email_footer();
    return fr_reminders_email_footer();
  })
);
const fr_reminders_email_header = (
  /** @type {(inputs: Reminders_Email_HeaderInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `En-tête de l'e-mail`
    );
  }
);
const en_reminders_email_header = (
  /** @type {(inputs: Reminders_Email_HeaderInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Email header`
    );
  }
);
const reminders_email_header = (
  /** @type {((inputs?: Reminders_Email_HeaderInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Email_HeaderInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_email_header();
    return fr_reminders_email_header();
  })
);
const fr_reminders_email_subject = (
  /** @type {(inputs: Reminders_Email_SubjectInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Objet de l'e-mail`
    );
  }
);
const en_reminders_email_subject = (
  /** @type {(inputs: Reminders_Email_SubjectInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Email subject`
    );
  }
);
const reminders_email_subject = (
  /** @type {((inputs?: Reminders_Email_SubjectInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Email_SubjectInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_email_subject();
    return fr_reminders_email_subject();
  })
);
const fr_reminders_immediate_hint = (
  /** @type {(inputs: Reminders_Immediate_HintInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Part dès l'enregistrement (après validation si elle est demandée), sans attendre les horaires d'envoi.`
    );
  }
);
const en_reminders_immediate_hint = (
  /** @type {(inputs: Reminders_Immediate_HintInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Leaves on save (after approval if required), outside the sending hours.`
    );
  }
);
const reminders_immediate_hint = (
  /** @type {((inputs?: Reminders_Immediate_HintInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Immediate_HintInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_immediate_hint();
    return fr_reminders_immediate_hint();
  })
);
const fr_reminders_keep_hint = (
  /** @type {(inputs: Reminders_Keep_HintInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Elle partira même si le scénario du débiteur change ou s'arrête.`
    );
  }
);
const en_reminders_keep_hint = (
  /** @type {(inputs: Reminders_Keep_HintInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `It will leave even if the debtor's scenario changes or stops.`
    );
  }
);
const reminders_keep_hint = (
  /** @type {((inputs?: Reminders_Keep_HintInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Keep_HintInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_keep_hint();
    return fr_reminders_keep_hint();
  })
);
const fr_reminders_letter_body = (
  /** @type {(inputs: Reminders_Letter_BodyInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Corps du courrier`
    );
  }
);
const en_reminders_letter_body = (
  /** @type {(inputs: Reminders_Letter_BodyInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Letter body`
    );
  }
);
const reminders_letter_body = (
  /** @type {((inputs?: Reminders_Letter_BodyInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Letter_BodyInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_letter_body();
    return fr_reminders_letter_body();
  })
);
const fr_reminders_no_contacts = (
  /** @type {(inputs: Reminders_No_ContactsInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Ce débiteur n'a aucun contact : ajoutez-en un avant de créer une relance.`
    );
  }
);
const en_reminders_no_contacts = (
  /** @type {(inputs: Reminders_No_ContactsInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `This debtor has no contact: add one before creating a reminder.`
    );
  }
);
const reminders_no_contacts = (
  /** @type {((inputs?: Reminders_No_ContactsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_No_ContactsInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_no_contacts();
    return fr_reminders_no_contacts();
  })
);
const fr_reminders_no_group = (
  /** @type {(inputs: Reminders_No_GroupInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `— Aucun groupe —`
    );
  }
);
const en_reminders_no_group = (
  /** @type {(inputs: Reminders_No_GroupInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `— No group —`
    );
  }
);
const reminders_no_group = (
  /** @type {((inputs?: Reminders_No_GroupInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_No_GroupInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_no_group();
    return fr_reminders_no_group();
  })
);
const fr_reminders_requires_validation_hint = (
  /** @type {(inputs: Reminders_Requires_Validation_HintInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `La relance attendra qu'un valideur l'approuve.`
    );
  }
);
const en_reminders_requires_validation_hint = (
  /** @type {(inputs: Reminders_Requires_Validation_HintInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `The reminder will wait for an approver.`
    );
  }
);
const reminders_requires_validation_hint = (
  /** @type {((inputs?: Reminders_Requires_Validation_HintInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Requires_Validation_HintInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_requires_validation_hint();
    return fr_reminders_requires_validation_hint();
  })
);
const fr_reminders_save = (
  /** @type {(inputs: Reminders_SaveInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Enregistrer`
    );
  }
);
const en_reminders_save = (
  /** @type {(inputs: Reminders_SaveInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Save`
    );
  }
);
const reminders_save = (
  /** @type {((inputs?: Reminders_SaveInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_SaveInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_save();
    return fr_reminders_save();
  })
);
const fr_reminders_save_draft = (
  /** @type {(inputs: Reminders_Save_DraftInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Enregistrer en brouillon`
    );
  }
);
const en_reminders_save_draft = (
  /** @type {(inputs: Reminders_Save_DraftInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Save as draft`
    );
  }
);
const reminders_save_draft = (
  /** @type {((inputs?: Reminders_Save_DraftInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Save_DraftInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_save_draft();
    return fr_reminders_save_draft();
  })
);
const fr_reminders_short_description = (
  /** @type {(inputs: Reminders_Short_DescriptionInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Descriptif court`
    );
  }
);
const en_reminders_short_description = (
  /** @type {(inputs: Reminders_Short_DescriptionInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Short description`
    );
  }
);
const reminders_short_description = (
  /** @type {((inputs?: Reminders_Short_DescriptionInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Short_DescriptionInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_short_description();
    return fr_reminders_short_description();
  })
);
const fr_reminders_short_description_hint = (
  /** @type {(inputs: Reminders_Short_Description_HintInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Exemple : Première relance. Visible dans l'historique.`
    );
  }
);
const en_reminders_short_description_hint = (
  /** @type {(inputs: Reminders_Short_Description_HintInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `For example: First reminder. Shown in the history.`
    );
  }
);
const reminders_short_description_hint = (
  /** @type {((inputs?: Reminders_Short_Description_HintInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Short_Description_HintInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_short_description_hint();
    return fr_reminders_short_description_hint();
  })
);
const fr_reminders_sms_text = (
  /** @type {(inputs: Reminders_Sms_TextInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Texte du SMS`
    );
  }
);
const en_reminders_sms_text = (
  /** @type {(inputs: Reminders_Sms_TextInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `SMS text`
    );
  }
);
const reminders_sms_text = (
  /** @type {((inputs?: Reminders_Sms_TextInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Sms_TextInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_sms_text();
    return fr_reminders_sms_text();
  })
);
const fr_reminders_validation_locked_hint = (
  /** @type {(inputs: Reminders_Validation_Locked_HintInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Verrouillé : cette relance a été créée avec validation, elle doit être validée.`
    );
  }
);
const en_reminders_validation_locked_hint = (
  /** @type {(inputs: Reminders_Validation_Locked_HintInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Locked: this reminder was created requiring validation; it must be approved.`
    );
  }
);
const reminders_validation_locked_hint = (
  /** @type {((inputs?: Reminders_Validation_Locked_HintInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Validation_Locked_HintInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_validation_locked_hint();
    return fr_reminders_validation_locked_hint();
  })
);
function ReminderForm($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let {
      debtorId,
      contacts,
      groups,
      values,
      today,
      validationLocked,
      errors: serverErrors,
      previews
    } = $$props;
    const errors = derived(() => serverErrors);
    const ids = (field) => ({
      id: `f-${field}`,
      "aria-invalid": errors()[field] ? "true" : void 0,
      "aria-describedby": errors()[field] ? `f-${field}-error` : void 0
    });
    const contactName = (c) => [c.civility, c.firstName, c.lastName].filter(Boolean).join(" ");
    $$renderer2.push(`<form method="POST" action="?/save" novalidate="" class="reminder-form"><input type="hidden" name="debtorId"${attr("value", debtorId)}/> <input type="hidden" name="templateId"${attr("value", values.templateId)}/> `);
    if (values.version !== null) {
      $$renderer2.push(`<!--[0--><input type="hidden" name="version"${attr("value", values.version)}/>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> `);
    FormError($$renderer2, {
      message: errors()._form ?? (Object.keys(errors()).length ? error_form() : void 0)
    });
    $$renderer2.push(`<!----> <div class="field"><label for="f-sendDate">${escape_html(reminders_send_date())} *</label> <input${attributes(
      {
        type: "date",
        name: "sendDate",
        value: values.sendDate,
        min: today,
        required: true,
        ...ids("sendDate")
      },
      "svelte-1783ulo",
      void 0,
      void 0,
      4
    )}/> `);
    if (errors().sendDate) {
      $$renderer2.push(`<!--[0--><p class="error" id="f-sendDate-error" role="alert">${escape_html(errors().sendDate)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></div> <div class="field"><label for="f-shortDescription">${escape_html(reminders_short_description())} *</label> <input${attributes(
      {
        name: "shortDescription",
        value: values.shortDescription,
        maxlength: "120",
        required: true,
        ...ids("shortDescription")
      },
      "svelte-1783ulo",
      void 0,
      void 0,
      4
    )}/> <small class="muted">${escape_html(reminders_short_description_hint())}</small> `);
    if (errors().shortDescription) {
      $$renderer2.push(`<!--[0--><p class="error" id="f-shortDescription-error" role="alert">${escape_html(errors().shortDescription)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></div> <div class="field"><label for="f-description">${escape_html(reminders_description())}</label> <textarea${attributes({ name: "description", rows: "2", ...ids("description") }, "svelte-1783ulo")}>`);
    const $$body = escape_html(values.description);
    if ($$body) {
      $$renderer2.push(`${$$body}`);
    }
    $$renderer2.push(`</textarea> `);
    if (errors().description) {
      $$renderer2.push(`<!--[0--><p class="error" id="f-description-error" role="alert">${escape_html(errors().description)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></div> <div class="check svelte-1783ulo">`);
    if (validationLocked) {
      $$renderer2.push(`<!--[0--><input type="hidden" name="requiresValidation" value="on" class="svelte-1783ulo"/> <input type="checkbox" id="f-requiresValidation" checked="" disabled="" aria-describedby="f-requiresValidation-hint" class="svelte-1783ulo"/>`);
    } else {
      $$renderer2.push(`<!--[-1--><input${attributes(
        {
          type: "checkbox",
          name: "requiresValidation",
          checked: values.requiresValidation,
          ...ids("requiresValidation"),
          "aria-describedby": "f-requiresValidation-hint"
        },
        "svelte-1783ulo",
        void 0,
        void 0,
        4
      )}/>`);
    }
    $$renderer2.push(`<!--]--> <label for="f-requiresValidation">${escape_html(reminders_requires_validation())}</label> <small class="muted svelte-1783ulo" id="f-requiresValidation-hint">${escape_html(validationLocked ? reminders_validation_locked_hint() : reminders_requires_validation_hint())}</small> `);
    if (errors().requiresValidation) {
      $$renderer2.push(`<!--[0--><p class="error svelte-1783ulo" role="alert">${escape_html(errors().requiresValidation)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></div> <div class="check svelte-1783ulo"><input type="checkbox" name="keep" id="f-keep"${attr("checked", values.keep, true)} class="svelte-1783ulo"/> <label for="f-keep">${escape_html(reminders_keep())}</label> <small class="muted svelte-1783ulo">${escape_html(reminders_keep_hint())}</small></div> <div class="field"><label for="f-groupId">${escape_html(reminders_group())}</label> `);
    $$renderer2.select(
      { name: "groupId", ...ids("groupId") },
      ($$renderer3) => {
        $$renderer3.option({ value: "" }, ($$renderer4) => {
          $$renderer4.push(`${escape_html(reminders_no_group())}`);
        });
        $$renderer3.push(`<!--[-->`);
        const each_array = ensure_array_like(groups);
        for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
          let group = each_array[$$index];
          $$renderer3.option({ value: group.id, selected: group.id === values.groupId }, ($$renderer4) => {
            $$renderer4.push(`${escape_html(group.name)}`);
          });
        }
        $$renderer3.push(`<!--]-->`);
      },
      "svelte-1783ulo"
    );
    $$renderer2.push(` `);
    if (errors().groupId) {
      $$renderer2.push(`<!--[0--><p class="error" id="f-groupId-error" role="alert">${escape_html(errors().groupId)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></div> <fieldset class="svelte-1783ulo"><legend class="svelte-1783ulo">${escape_html(reminders_recipients())} *</legend> `);
    if (contacts.length === 0) {
      $$renderer2.push(`<!--[0--><p class="notice bad">${escape_html(reminders_no_contacts())}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> <!--[-->`);
    const each_array_1 = ensure_array_like(contacts);
    for (let $$index_2 = 0, $$length = each_array_1.length; $$index_2 < $$length; $$index_2++) {
      let contact = each_array_1[$$index_2];
      $$renderer2.push(`<div class="recipient svelte-1783ulo" role="group"${attr("aria-labelledby", `r-${stringify(contact.id)}`)}><p${attr("id", `r-${stringify(contact.id)}`)} class="svelte-1783ulo"><strong>${escape_html(contactName(contact))}</strong> <span class="pill">${escape_html(contact.role)}</span></p> <div class="channels svelte-1783ulo"><!--[-->`);
      const each_array_2 = ensure_array_like(CHANNELS);
      for (let $$index_1 = 0, $$length2 = each_array_2.length; $$index_1 < $$length2; $$index_1++) {
        let channel = each_array_2[$$index_1];
        $$renderer2.push(`<label class="chip svelte-1783ulo"><input type="checkbox"${attr("name", `channels_${stringify(contact.id)}`)}${attr("value", channel)}${attr("checked", values.recipients[contact.id]?.includes(channel) ?? false, true)} class="svelte-1783ulo"/> ${escape_html(channelLabel(channel))}</label>`);
      }
      $$renderer2.push(`<!--]--></div> `);
      if (errors()[`channels_${contact.id}`]) {
        $$renderer2.push(`<!--[0--><p class="error svelte-1783ulo" role="alert">${escape_html(errors()[`channels_${contact.id}`])}</p>`);
      } else {
        $$renderer2.push("<!--[-1-->");
      }
      $$renderer2.push(`<!--]--></div>`);
    }
    $$renderer2.push(`<!--]--> `);
    if (errors().recipients) {
      $$renderer2.push(`<!--[0--><p class="error" id="f-recipients-error" role="alert">${escape_html(errors().recipients)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></fieldset> <fieldset class="svelte-1783ulo"><legend class="svelte-1783ulo">${escape_html(reminders_content())}</legend> <!--[-->`);
    const each_array_3 = ensure_array_like([
      ["emailSubject", reminders_email_subject(), 1],
      ["emailHeader", reminders_email_header(), 2],
      ["emailBody", reminders_email_body(), 6],
      ["emailFooter", reminders_email_footer(), 2],
      ["smsText", reminders_sms_text(), 3],
      ["letterBody", reminders_letter_body(), 8]
    ]);
    for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
      let [field, label, rows] = each_array_3[$$index_3];
      $$renderer2.push(`<div class="field"><label${attr("for", `f-${stringify(field)}`)}>${escape_html(label)}</label> `);
      if (rows === 1) {
        $$renderer2.push(`<!--[0--><input${attributes({ name: field, value: values[field], ...ids(field) }, "svelte-1783ulo", void 0, void 0, 4)}/>`);
      } else {
        $$renderer2.push(`<!--[-1--><textarea${attributes({ name: field, rows, ...ids(field) }, "svelte-1783ulo")}>`);
        const $$body_1 = escape_html(values[field]);
        if ($$body_1) {
          $$renderer2.push(`${$$body_1}`);
        }
        $$renderer2.push(`</textarea>`);
      }
      $$renderer2.push(`<!--]--> `);
      if (errors()[field]) {
        $$renderer2.push(`<!--[0--><p class="error"${attr("id", `f-${stringify(field)}-error`)} role="alert">${escape_html(errors()[field])}</p>`);
      } else {
        $$renderer2.push("<!--[-1-->");
      }
      $$renderer2.push(`<!--]--></div>`);
    }
    $$renderer2.push(`<!--]--></fieldset> <div class="check svelte-1783ulo"><input type="checkbox" name="immediate" id="f-immediate"${attr("checked", values.immediate, true)} class="svelte-1783ulo"/> <label for="f-immediate">${escape_html(reminders_immediate())}</label> <small class="muted svelte-1783ulo">${escape_html(reminders_immediate_hint())}</small></div> `);
    if (previews) {
      $$renderer2.push("<!--[0-->");
      RecipientPreviews($$renderer2, { previews });
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> <div class="actions svelte-1783ulo"><button class="button secondary" type="submit" formaction="?/preview" formnovalidate="">${escape_html(reminders_preview())}</button> <button class="button secondary" type="submit" name="intent" value="draft">${escape_html(reminders_save_draft())}</button> <button class="button" type="submit" name="intent" value="save">${escape_html(reminders_save())}</button></div></form>`);
  });
}

export { ReminderForm as R };
//# sourceMappingURL=ReminderForm.js-D74Oqs3N.js.map
