import { a6 as attr, a5 as escape_html, a7 as ensure_array_like, a8 as stringify, _ as derived, a9 as attributes } from './index.js-COLKlL0x.js';
import './exports.js-B9Uzt4sy.js';
import './utils2.js-ejsMtG81.js';
import './utils.js-BmkJLse3.js';
import './root.js-Duy9cqKt.js';
import './state.svelte.js-BZtVb3pR.js';
import { F as Field } from './Field.js-BWvlJ_cu.js';
import { F as FormError } from './FormError.js-hJx8zaQ-.js';
import './zod-messages.js-Dlwf9NDY.js';
import './templates.js-DXltUXkq.js';
import { C as CHANNELS } from './reminders2.js-DWGYLsjs.js';
import { c as channelLabel, t as templates_keep } from './labels2.js-kgf7o--G.js';
import { SegmentedMessage } from 'sms-segments-calculator';
import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_sms_counter = (
  /** @type {(inputs: Sms_CounterInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.characters} caractères · ${i?.segments} SMS · ${i?.encoding}`
    );
  }
);
const en_sms_counter = (
  /** @type {(inputs: Sms_CounterInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.characters} characters · ${i?.segments} SMS · ${i?.encoding}`
    );
  }
);
const sms_counter = (
  /** @type {((inputs: Sms_CounterInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sms_CounterInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_sms_counter(inputs);
    return fr_sms_counter(inputs);
  })
);
const fr_sms_ucs2_hint = (
  /** @type {(inputs: Sms_Ucs2_HintInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Un caractère hors alphabet GSM (ê, â, ç, ’…) limite chaque SMS à 70 caractères au lieu de 160.`
    );
  }
);
const en_sms_ucs2_hint = (
  /** @type {(inputs: Sms_Ucs2_HintInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `A character outside the GSM alphabet (ê, â, ç, ’…) limits each SMS to 70 characters instead of 160.`
    );
  }
);
const sms_ucs2_hint = (
  /** @type {((inputs?: Sms_Ucs2_HintInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sms_Ucs2_HintInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_sms_ucs2_hint();
    return fr_sms_ucs2_hint();
  })
);
const fr_templates_channels = (
  /** @type {(inputs: Templates_ChannelsInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Canaux`
    );
  }
);
const en_templates_channels = (
  /** @type {(inputs: Templates_ChannelsInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Channels`
    );
  }
);
const templates_channels = (
  /** @type {((inputs?: Templates_ChannelsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_ChannelsInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_channels();
    return fr_templates_channels();
  })
);
const fr_templates_description = (
  /** @type {(inputs: Templates_DescriptionInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Description`
    );
  }
);
const en_templates_description = (
  /** @type {(inputs: Templates_DescriptionInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Description`
    );
  }
);
const templates_description = (
  /** @type {((inputs?: Templates_DescriptionInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_DescriptionInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_description();
    return fr_templates_description();
  })
);
const fr_templates_email_body = (
  /** @type {(inputs: Templates_Email_BodyInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Corps de l'e-mail`
    );
  }
);
const en_templates_email_body = (
  /** @type {(inputs: Templates_Email_BodyInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Email body`
    );
  }
);
const templates_email_body = (
  /** @type {((inputs?: Templates_Email_BodyInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Email_BodyInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_email_body();
    return fr_templates_email_body();
  })
);
const fr_templates_email_footer = (
  /** @type {(inputs: Templates_Email_FooterInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Pied de page de l'e-mail`
    );
  }
);
const en_templates_email_footer = (
  /** @type {(inputs: Templates_Email_FooterInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Email footer`
    );
  }
);
const templates_email_footer = (
  /** @type {((inputs?: Templates_Email_FooterInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Email_FooterInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_email_footer();
    return fr_templates_email_footer();
  })
);
const fr_templates_email_header = (
  /** @type {(inputs: Templates_Email_HeaderInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `En-tête de l'e-mail`
    );
  }
);
const en_templates_email_header = (
  /** @type {(inputs: Templates_Email_HeaderInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Email header`
    );
  }
);
const templates_email_header = (
  /** @type {((inputs?: Templates_Email_HeaderInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Email_HeaderInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_email_header();
    return fr_templates_email_header();
  })
);
const fr_templates_email_subject = (
  /** @type {(inputs: Templates_Email_SubjectInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Objet de l'e-mail`
    );
  }
);
const en_templates_email_subject = (
  /** @type {(inputs: Templates_Email_SubjectInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Email subject`
    );
  }
);
const templates_email_subject = (
  /** @type {((inputs?: Templates_Email_SubjectInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Email_SubjectInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_email_subject();
    return fr_templates_email_subject();
  })
);
const fr_templates_group = (
  /** @type {(inputs: Templates_GroupInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Groupe de relance`
    );
  }
);
const en_templates_group = (
  /** @type {(inputs: Templates_GroupInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Reminder group`
    );
  }
);
const templates_group = (
  /** @type {((inputs?: Templates_GroupInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_GroupInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_group();
    return fr_templates_group();
  })
);
const fr_templates_group_none = (
  /** @type {(inputs: Templates_Group_NoneInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Aucun`
    );
  }
);
const en_templates_group_none = (
  /** @type {(inputs: Templates_Group_NoneInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `None`
    );
  }
);
const templates_group_none = (
  /** @type {((inputs?: Templates_Group_NoneInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Group_NoneInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_group_none();
    return fr_templates_group_none();
  })
);
const fr_templates_insert_field = (
  /** @type {(inputs: Templates_Insert_FieldInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Insérer un champ`
    );
  }
);
const en_templates_insert_field = (
  /** @type {(inputs: Templates_Insert_FieldInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Insert a field`
    );
  }
);
const templates_insert_field = (
  /** @type {((inputs?: Templates_Insert_FieldInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Insert_FieldInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_insert_field();
    return fr_templates_insert_field();
  })
);
const fr_templates_keep_hint = (
  /** @type {(inputs: Templates_Keep_HintInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `La relance part même si le scénario du débiteur change ou s'arrête.`
    );
  }
);
const en_templates_keep_hint = (
  /** @type {(inputs: Templates_Keep_HintInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `The reminder leaves even if the debtor's scenario changes or stops.`
    );
  }
);
const templates_keep_hint = (
  /** @type {((inputs?: Templates_Keep_HintInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Keep_HintInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_keep_hint();
    return fr_templates_keep_hint();
  })
);
const fr_templates_letter_body = (
  /** @type {(inputs: Templates_Letter_BodyInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Corps du courrier`
    );
  }
);
const en_templates_letter_body = (
  /** @type {(inputs: Templates_Letter_BodyInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Letter body`
    );
  }
);
const templates_letter_body = (
  /** @type {((inputs?: Templates_Letter_BodyInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Letter_BodyInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_letter_body();
    return fr_templates_letter_body();
  })
);
const fr_templates_name = (
  /** @type {(inputs: Templates_NameInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Nom du modèle`
    );
  }
);
const en_templates_name = (
  /** @type {(inputs: Templates_NameInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Template name`
    );
  }
);
const templates_name = (
  /** @type {((inputs?: Templates_NameInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_NameInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_name();
    return fr_templates_name();
  })
);
const fr_templates_options = (
  /** @type {(inputs: Templates_OptionsInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Options`
    );
  }
);
const en_templates_options = (
  /** @type {(inputs: Templates_OptionsInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Options`
    );
  }
);
const templates_options = (
  /** @type {((inputs?: Templates_OptionsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_OptionsInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_options();
    return fr_templates_options();
  })
);
const fr_templates_preview = (
  /** @type {(inputs: Templates_PreviewInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Prévisualiser`
    );
  }
);
const en_templates_preview = (
  /** @type {(inputs: Templates_PreviewInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Preview`
    );
  }
);
const templates_preview = (
  /** @type {((inputs?: Templates_PreviewInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_PreviewInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_preview();
    return fr_templates_preview();
  })
);
const fr_templates_preview_email_frame = (
  /** @type {(inputs: Templates_Preview_Email_FrameInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Aperçu de l'e-mail`
    );
  }
);
const en_templates_preview_email_frame = (
  /** @type {(inputs: Templates_Preview_Email_FrameInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Email preview`
    );
  }
);
const templates_preview_email_frame = (
  /** @type {((inputs?: Templates_Preview_Email_FrameInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Preview_Email_FrameInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_preview_email_frame();
    return fr_templates_preview_email_frame();
  })
);
const fr_templates_preview_for = (
  /** @type {(inputs: Templates_Preview_ForInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Destinataire de l'aperçu`
    );
  }
);
const en_templates_preview_for = (
  /** @type {(inputs: Templates_Preview_ForInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Preview recipient`
    );
  }
);
const templates_preview_for = (
  /** @type {((inputs?: Templates_Preview_ForInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Preview_ForInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_preview_for();
    return fr_templates_preview_for();
  })
);
const fr_templates_preview_no_contact = (
  /** @type {(inputs: Templates_Preview_No_ContactInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `sans contact`
    );
  }
);
const en_templates_preview_no_contact = (
  /** @type {(inputs: Templates_Preview_No_ContactInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `no contact`
    );
  }
);
const templates_preview_no_contact = (
  /** @type {((inputs?: Templates_Preview_No_ContactInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Preview_No_ContactInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_preview_no_contact();
    return fr_templates_preview_no_contact();
  })
);
const fr_templates_preview_no_debtor = (
  /** @type {(inputs: Templates_Preview_No_DebtorInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Aucun débiteur à prévisualiser pour l'instant.`
    );
  }
);
const en_templates_preview_no_debtor = (
  /** @type {(inputs: Templates_Preview_No_DebtorInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `No debtor to preview yet.`
    );
  }
);
const templates_preview_no_debtor = (
  /** @type {((inputs?: Templates_Preview_No_DebtorInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Preview_No_DebtorInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_preview_no_debtor();
    return fr_templates_preview_no_debtor();
  })
);
const fr_templates_preview_subject = (
  /** @type {(inputs: Templates_Preview_SubjectInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Objet`
    );
  }
);
const en_templates_preview_subject = (
  /** @type {(inputs: Templates_Preview_SubjectInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Subject`
    );
  }
);
const templates_preview_subject = (
  /** @type {((inputs?: Templates_Preview_SubjectInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Preview_SubjectInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_preview_subject();
    return fr_templates_preview_subject();
  })
);
const fr_templates_preview_text_version = (
  /** @type {(inputs: Templates_Preview_Text_VersionInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Version texte`
    );
  }
);
const en_templates_preview_text_version = (
  /** @type {(inputs: Templates_Preview_Text_VersionInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Text version`
    );
  }
);
const templates_preview_text_version = (
  /** @type {((inputs?: Templates_Preview_Text_VersionInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Preview_Text_VersionInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_preview_text_version();
    return fr_templates_preview_text_version();
  })
);
const fr_templates_preview_title = (
  /** @type {(inputs: Templates_Preview_TitleInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Aperçu pour ${i?.name}`
    );
  }
);
const en_templates_preview_title = (
  /** @type {(inputs: Templates_Preview_TitleInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Preview for ${i?.name}`
    );
  }
);
const templates_preview_title = (
  /** @type {((inputs: Templates_Preview_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Preview_TitleInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_preview_title(inputs);
    return fr_templates_preview_title(inputs);
  })
);
const fr_templates_read_only = (
  /** @type {(inputs: Templates_Read_OnlyInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Votre rôle permet de consulter ce modèle, pas de le modifier.`
    );
  }
);
const en_templates_read_only = (
  /** @type {(inputs: Templates_Read_OnlyInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Your role lets you read this template, not change it.`
    );
  }
);
const templates_read_only = (
  /** @type {((inputs?: Templates_Read_OnlyInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Read_OnlyInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_read_only();
    return fr_templates_read_only();
  })
);
const fr_templates_requires_validation = (
  /** @type {(inputs: Templates_Requires_ValidationInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Validation requise avant envoi`
    );
  }
);
const en_templates_requires_validation = (
  /** @type {(inputs: Templates_Requires_ValidationInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Requires validation before sending`
    );
  }
);
const templates_requires_validation = (
  /** @type {((inputs?: Templates_Requires_ValidationInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Requires_ValidationInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_requires_validation();
    return fr_templates_requires_validation();
  })
);
const fr_templates_short_description = (
  /** @type {(inputs: Templates_Short_DescriptionInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Descriptif court`
    );
  }
);
const en_templates_short_description = (
  /** @type {(inputs: Templates_Short_DescriptionInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Short description`
    );
  }
);
const templates_short_description = (
  /** @type {((inputs?: Templates_Short_DescriptionInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Short_DescriptionInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_short_description();
    return fr_templates_short_description();
  })
);
const fr_templates_short_description_hint = (
  /** @type {(inputs: Templates_Short_Description_HintInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Repris comme descriptif des relances créées avec ce modèle.`
    );
  }
);
const en_templates_short_description_hint = (
  /** @type {(inputs: Templates_Short_Description_HintInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Used as the short description of the reminders created from this template.`
    );
  }
);
const templates_short_description_hint = (
  /** @type {((inputs?: Templates_Short_Description_HintInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Short_Description_HintInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_short_description_hint();
    return fr_templates_short_description_hint();
  })
);
const fr_templates_sms_estimate = (
  /** @type {(inputs: Templates_Sms_EstimateInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Avant fusion des champs : le nombre réel dépend de chaque destinataire.`
    );
  }
);
const en_templates_sms_estimate = (
  /** @type {(inputs: Templates_Sms_EstimateInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Before merging the fields: the real count depends on each recipient.`
    );
  }
);
const templates_sms_estimate = (
  /** @type {((inputs?: Templates_Sms_EstimateInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Sms_EstimateInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_sms_estimate();
    return fr_templates_sms_estimate();
  })
);
const fr_templates_sms_text = (
  /** @type {(inputs: Templates_Sms_TextInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Texte du SMS`
    );
  }
);
const en_templates_sms_text = (
  /** @type {(inputs: Templates_Sms_TextInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `SMS text`
    );
  }
);
const templates_sms_text = (
  /** @type {((inputs?: Templates_Sms_TextInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Sms_TextInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_sms_text();
    return fr_templates_sms_text();
  })
);
function TextArea($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let {
      label,
      name,
      error,
      below,
      id = `field-${name}`,
      $$slots,
      $$events,
      ...rest
    } = $$props;
    $$renderer2.push(`<div class="field"><label${attr("for", id)}>${escape_html(label)}</label> <textarea${attributes(
      {
        id,
        name,
        "aria-invalid": error ? "true" : void 0,
        "aria-describedby": [error ? `${id}-error` : "", below ? `${id}-below` : ""].filter(Boolean).join(" ") || void 0,
        ...rest
      },
      "svelte-1nezsgj"
    )}></textarea> `);
    if (below) {
      $$renderer2.push(`<!--[0--><div${attr("id", `${stringify(id)}-below`)}>`);
      below($$renderer2);
      $$renderer2.push(`<!----></div>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> `);
    if (error) {
      $$renderer2.push(`<!--[0--><p class="error"${attr("id", `${stringify(id)}-error`)} role="alert">${escape_html(error)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></div>`);
  });
}
const BITS_PER_UNIT = { "GSM-7": 7, "UCS-2": 16 };
function smsInfo(text) {
  if (text === "") return { encoding: "GSM-7", characters: 0, segments: 0 };
  const message = new SegmentedMessage(text);
  const encoding = message.encodingName;
  return {
    encoding,
    characters: message.messageSize / BITS_PER_UNIT[encoding],
    segments: message.segmentsCount
  };
}
function SmsCounter($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { text } = $$props;
    const info = derived(() => smsInfo(text));
    $$renderer2.push(`<p class="counter muted svelte-rghwg" aria-live="polite" data-testid="sms-counter">${escape_html(sms_counter({
      characters: info().characters,
      segments: info().segments,
      encoding: info().encoding
    }))} `);
    if (info().encoding === "UCS-2") {
      $$renderer2.push(`<!--[0--><br/><span class="warn svelte-rghwg">${escape_html(sms_ucs2_hint())}</span>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></p>`);
  });
}
function MergeFieldPicker($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { fields } = $$props;
    $$renderer2.push(`<details class="picker svelte-1rvzkpv"><summary class="svelte-1rvzkpv">${escape_html(templates_insert_field())}</summary> `);
    {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> <ul class="svelte-1rvzkpv"><!--[-->`);
    const each_array = ensure_array_like(fields);
    for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
      let field = each_array[$$index_1];
      $$renderer2.push(`<li class="svelte-1rvzkpv"><span class="muted svelte-1rvzkpv">${escape_html(field.description)}</span> <!--[-->`);
      const each_array_1 = ensure_array_like(field.snippets);
      for (let $$index = 0, $$length2 = each_array_1.length; $$index < $$length2; $$index++) {
        let snippet = each_array_1[$$index];
        {
          $$renderer2.push(`<!--[-1--><code class="svelte-1rvzkpv">${escape_html(snippet)}</code>`);
        }
        $$renderer2.push(`<!--]-->`);
      }
      $$renderer2.push(`<!--]--></li>`);
    }
    $$renderer2.push(`<!--]--></ul></details>`);
  });
}
function PreviewResult($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { preview } = $$props;
    $$renderer2.push(`<section class="preview svelte-1y0gh6o" aria-labelledby="preview-title" data-testid="preview"><h3 id="preview-title" class="svelte-1y0gh6o">${escape_html(templates_preview_title({ name: preview.recipient }))}</h3> `);
    if (preview.emailSubject || preview.emailText) {
      $$renderer2.push(`<!--[0--><h4 class="svelte-1y0gh6o">${escape_html(channelLabel("email"))}</h4> <p><strong>${escape_html(templates_preview_subject())} :</strong> ${escape_html(preview.emailSubject)}</p> <iframe${attr("title", templates_preview_email_frame())} sandbox=""${attr("srcdoc", preview.emailHtml)} class="svelte-1y0gh6o"></iframe> <details><summary>${escape_html(templates_preview_text_version())}</summary> <pre class="svelte-1y0gh6o">${escape_html(preview.emailText)}</pre></details>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> `);
    if (preview.smsText) {
      $$renderer2.push(`<!--[0--><h4 class="svelte-1y0gh6o">${escape_html(channelLabel("sms"))}</h4> <p class="sms svelte-1y0gh6o">${escape_html(preview.smsText)}</p> `);
      SmsCounter($$renderer2, { text: preview.smsText });
      $$renderer2.push(`<!---->`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> `);
    if (preview.letterText) {
      $$renderer2.push(`<!--[0--><h4 class="svelte-1y0gh6o">${escape_html(channelLabel("letter"))}</h4> <pre class="letter svelte-1y0gh6o">${escape_html(preview.letterText)}</pre>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></section>`);
  });
}
function TemplateForm($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { template, result, editor, canEdit, saveAction, saveLabel } = $$props;
    const errors = derived(() => result?.errors ?? {});
    const posted = derived(() => result?.values);
    const text = (name) => posted() ? String(posted()[name] ?? "") : template[name];
    const ticked = (name) => posted() ? posted()[name] === "on" : template[name];
    const channels = derived(() => posted() ? [posted().channels ?? []].flat() : template.channels);
    const groupId = derived(() => posted() ? String(posted().groupId ?? "") : template.groupId ?? "");
    const previewFor = derived(() => String(posted()?.previewFor ?? ""));
    let sms = derived(() => text("smsText"));
    $$renderer2.push(`<form method="POST"${attr("action", canEdit ? saveAction : "?/preview")} novalidate="">`);
    if (result?.done) {
      $$renderer2.push(`<!--[0--><p class="notice ok" role="status">${escape_html(result.done)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> `);
    FormError($$renderer2, { message: errors()._form });
    $$renderer2.push(`<!----> `);
    if (!canEdit) {
      $$renderer2.push(`<!--[0--><p class="notice">${escape_html(templates_read_only())}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> <div class="card">`);
    Field($$renderer2, {
      label: templates_name(),
      name: "name",
      value: text("name"),
      error: errors().name,
      maxlength: 120,
      readonly: !canEdit
    });
    $$renderer2.push(`<!----> `);
    Field($$renderer2, {
      label: templates_short_description(),
      name: "shortDescription",
      value: text("shortDescription"),
      error: errors().shortDescription,
      maxlength: 120,
      readonly: !canEdit,
      placeholder: templates_short_description_hint()
    });
    $$renderer2.push(`<!----> `);
    TextArea($$renderer2, {
      label: templates_description(),
      name: "description",
      value: text("description"),
      error: errors().description,
      rows: 2,
      readonly: !canEdit
    });
    $$renderer2.push(`<!----></div> <fieldset class="card svelte-18m2xhp"><legend class="svelte-18m2xhp">${escape_html(templates_channels())}</legend> <!--[-->`);
    const each_array = ensure_array_like(CHANNELS);
    for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
      let channel = each_array[$$index];
      $$renderer2.push(`<label class="check svelte-18m2xhp"><input type="checkbox" name="channels"${attr("value", channel)}${attr("checked", channels().includes(channel), true)}${attr("disabled", !canEdit, true)} class="svelte-18m2xhp"/> <span>${escape_html(channelLabel(channel))}</span></label>`);
    }
    $$renderer2.push(`<!--]--> `);
    if (errors().channels) {
      $$renderer2.push(`<!--[0--><p class="error" role="alert">${escape_html(errors().channels)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></fieldset> <fieldset class="card svelte-18m2xhp"><legend class="svelte-18m2xhp">${escape_html(templates_options())}</legend> <label class="check svelte-18m2xhp"><input type="checkbox" name="requiresValidation"${attr("checked", ticked("requiresValidation"), true)}${attr("disabled", !canEdit, true)} class="svelte-18m2xhp"/> <span>${escape_html(templates_requires_validation())}</span></label> <label class="check svelte-18m2xhp"><input type="checkbox" name="keep"${attr("checked", ticked("keep"), true)}${attr("disabled", !canEdit, true)} aria-describedby="keep-hint" class="svelte-18m2xhp"/> <span>${escape_html(templates_keep())}</span></label> <p class="muted hint svelte-18m2xhp" id="keep-hint">${escape_html(templates_keep_hint())}</p> <div class="field"><label for="field-groupId">${escape_html(templates_group())}</label> <select id="field-groupId" name="groupId"${attr("disabled", !canEdit, true)}${attr("aria-invalid", errors().groupId ? "true" : void 0)}>`);
    $$renderer2.option({ value: "", selected: groupId() === "" }, ($$renderer3) => {
      $$renderer3.push(`${escape_html(templates_group_none())}`);
    });
    $$renderer2.push(`<!--[-->`);
    const each_array_1 = ensure_array_like(editor.groups);
    for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
      let group = each_array_1[$$index_1];
      $$renderer2.option({ value: group.id, selected: groupId() === group.id }, ($$renderer3) => {
        $$renderer3.push(`${escape_html(group.name)}`);
      });
    }
    $$renderer2.push(`<!--]--></select> `);
    if (errors().groupId) {
      $$renderer2.push(`<!--[0--><p class="error" role="alert">${escape_html(errors().groupId)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></div></fieldset> <div>`);
    if (canEdit) {
      $$renderer2.push("<!--[0-->");
      MergeFieldPicker($$renderer2, { fields: editor.mergeFields });
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> <fieldset class="card svelte-18m2xhp"><legend class="svelte-18m2xhp">${escape_html(channelLabel("email"))}</legend> `);
    Field($$renderer2, {
      label: templates_email_subject(),
      name: "emailSubject",
      value: text("emailSubject"),
      error: errors().emailSubject,
      readonly: !canEdit
    });
    $$renderer2.push(`<!----> `);
    TextArea($$renderer2, {
      label: templates_email_header(),
      name: "emailHeader",
      value: text("emailHeader"),
      error: errors().emailHeader,
      rows: 2,
      readonly: !canEdit
    });
    $$renderer2.push(`<!----> `);
    TextArea($$renderer2, {
      label: templates_email_body(),
      name: "emailBody",
      value: text("emailBody"),
      error: errors().emailBody,
      rows: 10,
      readonly: !canEdit
    });
    $$renderer2.push(`<!----> `);
    TextArea($$renderer2, {
      label: templates_email_footer(),
      name: "emailFooter",
      value: text("emailFooter"),
      error: errors().emailFooter,
      rows: 3,
      readonly: !canEdit
    });
    $$renderer2.push(`<!----></fieldset> <fieldset class="card svelte-18m2xhp"><legend class="svelte-18m2xhp">${escape_html(channelLabel("sms"))}</legend> `);
    {
      let below = function($$renderer3) {
        SmsCounter($$renderer3, { text: sms() });
        $$renderer3.push(`<!----> <p class="muted hint svelte-18m2xhp">${escape_html(templates_sms_estimate())}</p>`);
      };
      TextArea($$renderer2, {
        label: templates_sms_text(),
        name: "smsText",
        value: sms(),
        oninput: (event) => sms(event.currentTarget.value),
        error: errors().smsText,
        rows: 4,
        readonly: !canEdit,
        below,
        $$slots: { below: true }
      });
    }
    $$renderer2.push(`<!----></fieldset> <fieldset class="card svelte-18m2xhp"><legend class="svelte-18m2xhp">${escape_html(channelLabel("letter"))}</legend> `);
    TextArea($$renderer2, {
      label: templates_letter_body(),
      name: "letterBody",
      value: text("letterBody"),
      error: errors().letterBody,
      rows: 12,
      readonly: !canEdit
    });
    $$renderer2.push(`<!----></fieldset></div> `);
    if (canEdit) {
      $$renderer2.push(`<!--[0--><button class="button save svelte-18m2xhp" type="submit">${escape_html(saveLabel)}</button>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> <fieldset class="card svelte-18m2xhp"><legend class="svelte-18m2xhp">${escape_html(templates_preview())}</legend> `);
    if (editor.previewDebtors.length === 0) {
      $$renderer2.push(`<!--[0--><p class="muted">${escape_html(templates_preview_no_debtor())}</p>`);
    } else {
      $$renderer2.push(`<!--[-1--><div class="field"><label for="field-previewFor">${escape_html(templates_preview_for())}</label> <select id="field-previewFor" name="previewFor"${attr("aria-invalid", errors().previewFor ? "true" : void 0)}><!--[-->`);
      const each_array_2 = ensure_array_like(editor.previewDebtors);
      for (let $$index_3 = 0, $$length = each_array_2.length; $$index_3 < $$length; $$index_3++) {
        let debtor = each_array_2[$$index_3];
        $$renderer2.push(`<optgroup${attr("label", `${stringify(debtor.name)} · ${stringify(debtor.accountNumber)}`)}>`);
        const each_array_3 = ensure_array_like(debtor.contacts);
        if (each_array_3.length !== 0) {
          $$renderer2.push("<!--[-->");
          for (let $$index_2 = 0, $$length2 = each_array_3.length; $$index_2 < $$length2; $$index_2++) {
            let contact = each_array_3[$$index_2];
            const value = `${debtor.id}:${contact.id}`;
            $$renderer2.option({ value, selected: previewFor() === value }, ($$renderer3) => {
              $$renderer3.push(`${escape_html(contact.name)} · ${escape_html(contact.role)}`);
            });
          }
        } else {
          $$renderer2.push("<!--[!-->");
          $$renderer2.option({ value: debtor.id, selected: previewFor() === debtor.id }, ($$renderer3) => {
            $$renderer3.push(`${escape_html(debtor.name)} · ${escape_html(templates_preview_no_contact())}`);
          });
        }
        $$renderer2.push(`<!--]--></optgroup>`);
      }
      $$renderer2.push(`<!--]--></select> `);
      if (errors().previewFor) {
        $$renderer2.push(`<!--[0--><p class="error" role="alert">${escape_html(errors().previewFor)}</p>`);
      } else {
        $$renderer2.push("<!--[-1-->");
      }
      $$renderer2.push(`<!--]--></div> <button class="button secondary" type="submit" formaction="?/preview" formnovalidate="">${escape_html(templates_preview())}</button>`);
    }
    $$renderer2.push(`<!--]--> `);
    if (result?.preview) {
      $$renderer2.push("<!--[0-->");
      PreviewResult($$renderer2, { preview: result.preview });
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></fieldset></form>`);
  });
}

export { TemplateForm as T };
//# sourceMappingURL=TemplateForm.js-DuE_3t1h.js.map
