import { LiquidError, UndefinedVariableError, RenderError, Tokenizer, TokenKind, Liquid } from 'liquidjs';
import { eq, and, sql, asc } from 'drizzle-orm';
import { o as organisations, f as debtors, j as contacts, i as invoices } from './reminders.js-1QsuNvTf.js';
import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_merge_adresse = (
  /** @type {(inputs: Merge_AdresseInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Adresse postale du contact`
    );
  }
);
const en_merge_adresse = (
  /** @type {(inputs: Merge_AdresseInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Contact's postal address`
    );
  }
);
const merge_adresse = (
  /** @type {((inputs?: Merge_AdresseInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Merge_AdresseInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_merge_adresse();
    return fr_merge_adresse();
  })
);
const fr_merge_bail = (
  /** @type {(inputs: Merge_BailInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Référence du bail`
    );
  }
);
const en_merge_bail = (
  /** @type {(inputs: Merge_BailInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Lease reference`
    );
  }
);
const merge_bail = (
  /** @type {((inputs?: Merge_BailInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Merge_BailInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_merge_bail();
    return fr_merge_bail();
  })
);
const fr_merge_civilite = (
  /** @type {(inputs: Merge_CiviliteInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Civilité (M., Mme)`
    );
  }
);
const en_merge_civilite = (
  /** @type {(inputs: Merge_CiviliteInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Civility (M., Mme)`
    );
  }
);
const merge_civilite = (
  /** @type {((inputs?: Merge_CiviliteInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Merge_CiviliteInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_merge_civilite();
    return fr_merge_civilite();
  })
);
const fr_merge_civilite_longue = (
  /** @type {(inputs: Merge_Civilite_LongueInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Civilité en toutes lettres (Madame, Monsieur)`
    );
  }
);
const en_merge_civilite_longue = (
  /** @type {(inputs: Merge_Civilite_LongueInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Civility in full (Madame, Monsieur)`
    );
  }
);
const merge_civilite_longue = (
  /** @type {((inputs?: Merge_Civilite_LongueInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Merge_Civilite_LongueInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_merge_civilite_longue();
    return fr_merge_civilite_longue();
  })
);
const fr_merge_compte = (
  /** @type {(inputs: Merge_CompteInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Numéro de compte`
    );
  }
);
const en_merge_compte = (
  /** @type {(inputs: Merge_CompteInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Account number`
    );
  }
);
const merge_compte = (
  /** @type {((inputs?: Merge_CompteInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Merge_CompteInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_merge_compte();
    return fr_merge_compte();
  })
);
const fr_merge_date_du_jour = (
  /** @type {(inputs: Merge_Date_Du_JourInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Date du jour`
    );
  }
);
const en_merge_date_du_jour = (
  /** @type {(inputs: Merge_Date_Du_JourInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Today's date`
    );
  }
);
const merge_date_du_jour = (
  /** @type {((inputs?: Merge_Date_Du_JourInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Merge_Date_Du_JourInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_merge_date_du_jour();
    return fr_merge_date_du_jour();
  })
);
const fr_merge_debiteur = (
  /** @type {(inputs: Merge_DebiteurInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Nom du débiteur`
    );
  }
);
const en_merge_debiteur = (
  /** @type {(inputs: Merge_DebiteurInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Debtor's name`
    );
  }
);
const merge_debiteur = (
  /** @type {((inputs?: Merge_DebiteurInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Merge_DebiteurInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_merge_debiteur();
    return fr_merge_debiteur();
  })
);
const fr_merge_factures = (
  /** @type {(inputs: Merge_FacturesInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Factures impayées, une par tour de boucle`
    );
  }
);
const en_merge_factures = (
  /** @type {(inputs: Merge_FacturesInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Unpaid invoices, one per loop turn`
    );
  }
);
const merge_factures = (
  /** @type {((inputs?: Merge_FacturesInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Merge_FacturesInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_merge_factures();
    return fr_merge_factures();
  })
);
const fr_merge_madame = (
  /** @type {(inputs: Merge_MadameInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Madame`
    );
  }
);
const en_merge_madame = (
  /** @type {(inputs: Merge_MadameInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Madam`
    );
  }
);
const merge_madame = (
  /** @type {((inputs?: Merge_MadameInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Merge_MadameInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_merge_madame();
    return fr_merge_madame();
  })
);
const fr_merge_madame_monsieur = (
  /** @type {(inputs: Merge_Madame_MonsieurInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Madame, Monsieur`
    );
  }
);
const en_merge_madame_monsieur = (
  /** @type {(inputs: Merge_Madame_MonsieurInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Sir or Madam`
    );
  }
);
const merge_madame_monsieur = (
  /** @type {((inputs?: Merge_Madame_MonsieurInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Merge_Madame_MonsieurInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_merge_madame_monsieur();
    return fr_merge_madame_monsieur();
  })
);
const fr_merge_mademoiselle = (
  /** @type {(inputs: Merge_MademoiselleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Mademoiselle`
    );
  }
);
const en_merge_mademoiselle = (
  /** @type {(inputs: Merge_MademoiselleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Miss`
    );
  }
);
const merge_mademoiselle = (
  /** @type {((inputs?: Merge_MademoiselleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Merge_MademoiselleInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_merge_mademoiselle();
    return fr_merge_mademoiselle();
  })
);
const fr_merge_monsieur = (
  /** @type {(inputs: Merge_MonsieurInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Monsieur`
    );
  }
);
const en_merge_monsieur = (
  /** @type {(inputs: Merge_MonsieurInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Sir`
    );
  }
);
const merge_monsieur = (
  /** @type {((inputs?: Merge_MonsieurInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Merge_MonsieurInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_merge_monsieur();
    return fr_merge_monsieur();
  })
);
const fr_merge_no_invoices = (
  /** @type {(inputs: Merge_No_InvoicesInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Aucune facture impayée.`
    );
  }
);
const en_merge_no_invoices = (
  /** @type {(inputs: Merge_No_InvoicesInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `No unpaid invoice.`
    );
  }
);
const merge_no_invoices = (
  /** @type {((inputs?: Merge_No_InvoicesInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Merge_No_InvoicesInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_merge_no_invoices();
    return fr_merge_no_invoices();
  })
);
const fr_merge_nom = (
  /** @type {(inputs: Merge_NomInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Nom du contact`
    );
  }
);
const en_merge_nom = (
  /** @type {(inputs: Merge_NomInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Contact's last name`
    );
  }
);
const merge_nom = (
  /** @type {((inputs?: Merge_NomInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Merge_NomInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_merge_nom();
    return fr_merge_nom();
  })
);
const fr_merge_nom_complet = (
  /** @type {(inputs: Merge_Nom_CompletInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Civilité, prénom et nom`
    );
  }
);
const en_merge_nom_complet = (
  /** @type {(inputs: Merge_Nom_CompletInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Civility, first and last name`
    );
  }
);
const merge_nom_complet = (
  /** @type {((inputs?: Merge_Nom_CompletInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Merge_Nom_CompletInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_merge_nom_complet();
    return fr_merge_nom_complet();
  })
);
const fr_merge_organisation = (
  /** @type {(inputs: Merge_OrganisationInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Votre organisation`
    );
  }
);
const en_merge_organisation = (
  /** @type {(inputs: Merge_OrganisationInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Your organisation`
    );
  }
);
const merge_organisation = (
  /** @type {((inputs?: Merge_OrganisationInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Merge_OrganisationInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_merge_organisation();
    return fr_merge_organisation();
  })
);
const fr_merge_prenom = (
  /** @type {(inputs: Merge_PrenomInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Prénom du contact`
    );
  }
);
const en_merge_prenom = (
  /** @type {(inputs: Merge_PrenomInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Contact's first name`
    );
  }
);
const merge_prenom = (
  /** @type {((inputs?: Merge_PrenomInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Merge_PrenomInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_merge_prenom();
    return fr_merge_prenom();
  })
);
const fr_merge_solde = (
  /** @type {(inputs: Merge_SoldeInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Solde restant dû`
    );
  }
);
const en_merge_solde = (
  /** @type {(inputs: Merge_SoldeInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Balance due`
    );
  }
);
const merge_solde = (
  /** @type {((inputs?: Merge_SoldeInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Merge_SoldeInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_merge_solde();
    return fr_merge_solde();
  })
);
const fr_merge_table_amount = (
  /** @type {(inputs: Merge_Table_AmountInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Montant`
    );
  }
);
const en_merge_table_amount = (
  /** @type {(inputs: Merge_Table_AmountInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Amount`
    );
  }
);
const merge_table_amount = (
  /** @type {((inputs?: Merge_Table_AmountInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Merge_Table_AmountInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_merge_table_amount();
    return fr_merge_table_amount();
  })
);
const fr_merge_table_caption = (
  /** @type {(inputs: Merge_Table_CaptionInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Factures impayées`
    );
  }
);
const en_merge_table_caption = (
  /** @type {(inputs: Merge_Table_CaptionInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Unpaid invoices`
    );
  }
);
const merge_table_caption = (
  /** @type {((inputs?: Merge_Table_CaptionInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Merge_Table_CaptionInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_merge_table_caption();
    return fr_merge_table_caption();
  })
);
const fr_merge_table_due = (
  /** @type {(inputs: Merge_Table_DueInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Échéance`
    );
  }
);
const en_merge_table_due = (
  /** @type {(inputs: Merge_Table_DueInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Due date`
    );
  }
);
const merge_table_due = (
  /** @type {((inputs?: Merge_Table_DueInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Merge_Table_DueInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_merge_table_due();
    return fr_merge_table_due();
  })
);
const fr_merge_table_number = (
  /** @type {(inputs: Merge_Table_NumberInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Facture`
    );
  }
);
const en_merge_table_number = (
  /** @type {(inputs: Merge_Table_NumberInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Invoice`
    );
  }
);
const merge_table_number = (
  /** @type {((inputs?: Merge_Table_NumberInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Merge_Table_NumberInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_merge_table_number();
    return fr_merge_table_number();
  })
);
const fr_merge_table_remaining = (
  /** @type {(inputs: Merge_Table_RemainingInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Reste à payer`
    );
  }
);
const en_merge_table_remaining = (
  /** @type {(inputs: Merge_Table_RemainingInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `To pay`
    );
  }
);
const merge_table_remaining = (
  /** @type {((inputs?: Merge_Table_RemainingInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Merge_Table_RemainingInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_merge_table_remaining();
    return fr_merge_table_remaining();
  })
);
const fr_merge_table_total = (
  /** @type {(inputs: Merge_Table_TotalInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Total à payer`
    );
  }
);
const en_merge_table_total = (
  /** @type {(inputs: Merge_Table_TotalInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Total to pay`
    );
  }
);
const merge_table_total = (
  /** @type {((inputs?: Merge_Table_TotalInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Merge_Table_TotalInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_merge_table_total();
    return fr_merge_table_total();
  })
);
const fr_merge_table_total_line = (
  /** @type {(inputs: Merge_Table_Total_LineInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Total à payer : ${i?.total}`
    );
  }
);
const en_merge_table_total_line = (
  /** @type {(inputs: Merge_Table_Total_LineInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Total to pay: ${i?.total}`
    );
  }
);
const merge_table_total_line = (
  /** @type {((inputs: Merge_Table_Total_LineInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Merge_Table_Total_LineInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_merge_table_total_line(inputs);
    return fr_merge_table_total_line(inputs);
  })
);
const fr_merge_tableau_factures = (
  /** @type {(inputs: Merge_Tableau_FacturesInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Tableau des factures impayées`
    );
  }
);
const en_merge_tableau_factures = (
  /** @type {(inputs: Merge_Tableau_FacturesInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Table of the unpaid invoices`
    );
  }
);
const merge_tableau_factures = (
  /** @type {((inputs?: Merge_Tableau_FacturesInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Merge_Tableau_FacturesInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_merge_tableau_factures();
    return fr_merge_tableau_factures();
  })
);
const fr_templates_forbidden_tag = (
  /** @type {(inputs: Templates_Forbidden_TagInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Balise non autorisée : ${i?.tag}`
    );
  }
);
const en_templates_forbidden_tag = (
  /** @type {(inputs: Templates_Forbidden_TagInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Tag not allowed: ${i?.tag}`
    );
  }
);
const templates_forbidden_tag = (
  /** @type {((inputs: Templates_Forbidden_TagInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Forbidden_TagInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_forbidden_tag(inputs);
    return fr_templates_forbidden_tag(inputs);
  })
);
const fr_templates_render_error = (
  /** @type {(inputs: Templates_Render_ErrorInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Ce texte ne peut pas être fusionné (ligne ${i?.line}).`
    );
  }
);
const en_templates_render_error = (
  /** @type {(inputs: Templates_Render_ErrorInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `This text cannot be merged (line ${i?.line}).`
    );
  }
);
const templates_render_error = (
  /** @type {((inputs: Templates_Render_ErrorInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Render_ErrorInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_render_error(inputs);
    return fr_templates_render_error(inputs);
  })
);
const fr_templates_syntax_error = (
  /** @type {(inputs: Templates_Syntax_ErrorInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Erreur de syntaxe ligne ${i?.line} : une balise n'est pas fermée ou est mal écrite.`
    );
  }
);
const en_templates_syntax_error = (
  /** @type {(inputs: Templates_Syntax_ErrorInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Syntax error on line ${i?.line}: a tag is not closed or is misspelt.`
    );
  }
);
const templates_syntax_error = (
  /** @type {((inputs: Templates_Syntax_ErrorInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Syntax_ErrorInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_syntax_error(inputs);
    return fr_templates_syntax_error(inputs);
  })
);
const fr_templates_unknown_field = (
  /** @type {(inputs: Templates_Unknown_FieldInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Champ inconnu : ${i?.field}`
    );
  }
);
const en_templates_unknown_field = (
  /** @type {(inputs: Templates_Unknown_FieldInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Unknown field: ${i?.field}`
    );
  }
);
const templates_unknown_field = (
  /** @type {((inputs: Templates_Unknown_FieldInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Unknown_FieldInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_unknown_field(inputs);
    return fr_templates_unknown_field(inputs);
  })
);
const fr_templates_unknown_filter = (
  /** @type {(inputs: Templates_Unknown_FilterInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Filtre inconnu : ${i?.filter}`
    );
  }
);
const en_templates_unknown_filter = (
  /** @type {(inputs: Templates_Unknown_FilterInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Unknown filter: ${i?.filter}`
    );
  }
);
const templates_unknown_filter = (
  /** @type {((inputs: Templates_Unknown_FilterInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Templates_Unknown_FilterInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_templates_unknown_filter(inputs);
    return fr_templates_unknown_filter(inputs);
  })
);
const CONTENT_LOCALE = "fr";
const inContentLocale = (message, inputs) => message(inputs, { locale: CONTENT_LOCALE });
const field = (name, description, snippets = [`{{ ${name} }}`]) => ({
  name,
  description,
  snippets
});
const MERGE_FIELDS = [
  field("civilite", merge_civilite),
  field("civilite_longue", merge_civilite_longue),
  field("prenom", merge_prenom),
  field("nom", merge_nom),
  field("nom_complet", merge_nom_complet),
  field("adresse", merge_adresse),
  field("debiteur", merge_debiteur),
  field("compte", merge_compte),
  field("bail", merge_bail),
  field("solde", merge_solde),
  field("tableau_factures", merge_tableau_factures),
  field("factures", merge_factures, [
    "{% for facture in factures %}{{ facture.numero }} : {{ facture.reste }} (échéance {{ facture.echeance }})\n{% endfor %}"
  ]),
  field(
    "organisation",
    merge_organisation,
    ["nom", "adresse", "email", "telephone"].map((key) => `{{ organisation.${key} }}`)
  ),
  field("date_du_jour", merge_date_du_jour)
];
const money = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
const day = (timeZone) => new Intl.DateTimeFormat("fr-FR", { timeZone, day: "2-digit", month: "2-digit", year: "numeric" });
const frenchMoney = (cents) => money.format(cents / 100);
const frenchDate = (isoDay) => day("UTC").format(/* @__PURE__ */ new Date(`${isoDay}T00:00:00Z`));
const LONG_CIVILITIES = {
  "M.": merge_monsieur,
  M: merge_monsieur,
  Mme: merge_madame,
  Mlle: merge_mademoiselle
};
function longCivility(civility) {
  return inContentLocale(LONG_CIVILITIES[civility.trim()] ?? merge_madame_monsieur, {});
}
const lines = (...parts) => parts.map((p) => p.trim()).filter(Boolean).join("\n");
async function loadMergeContext(db, organisationId, debtorId, contactId) {
  const [row2] = await db.select({ debtor: debtors, organisation: organisations }).from(debtors).innerJoin(organisations, eq(organisations.id, debtors.organisationId)).where(and(eq(debtors.id, debtorId), eq(debtors.organisationId, organisationId)));
  if (!row2) return null;
  const [contact] = contactId ? await db.select().from(contacts).where(
    and(eq(contacts.id, contactId), eq(contacts.debtorId, debtorId), eq(contacts.organisationId, organisationId))
  ) : [null];
  if (contact === void 0) return null;
  const unpaid = await db.select().from(invoices).where(and(eq(invoices.debtorId, debtorId), sql`${invoices.paidCents} < ${invoices.amountCents}`)).orderBy(asc(invoices.dueDate), asc(invoices.number));
  const { debtor, organisation } = row2;
  const person = contact ? { civilite: contact.civility, prenom: contact.firstName, nom: contact.lastName } : { civilite: "", prenom: "", nom: debtor.name };
  return {
    ...person,
    civilite_longue: longCivility(person.civilite),
    nom_complet: [person.civilite, person.prenom, person.nom].map((p) => p.trim()).filter(Boolean).join(" "),
    adresse: contact ? lines(contact.addressLine1, contact.addressLine2, `${contact.postalCode} ${contact.city}`) : "",
    debiteur: debtor.name,
    compte: debtor.accountNumber,
    bail: debtor.leaseReference,
    solde: frenchMoney(unpaid.reduce((sum, i) => sum + i.amountCents - i.paidCents, 0)),
    factures: unpaid.map((i) => ({
      numero: i.number,
      echeance: frenchDate(i.dueDate),
      montant: frenchMoney(i.amountCents),
      reste: frenchMoney(i.amountCents - i.paidCents)
    })),
    organisation: {
      nom: organisation.name,
      adresse: lines(
        organisation.addressLine1,
        organisation.addressLine2,
        `${organisation.postalCode} ${organisation.city}`
      ),
      email: organisation.email,
      telephone: organisation.phone
    },
    date_du_jour: day(organisation.timezone).format(/* @__PURE__ */ new Date())
  };
}
const ALLOWED_TAGS = /* @__PURE__ */ new Set(["if", "unless", "case", "for", "break", "continue", "assign", "comment", "#", "raw", "echo"]);
const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
class SafeHtml {
  constructor(html) {
    this.html = html;
  }
  html;
}
function escapeOutput(value) {
  return value instanceof SafeHtml ? value.html : escapeHtml(String(value ?? ""));
}
function engine(outputEscape) {
  const liquid = new Liquid({
    strictVariables: true,
    strictFilters: true,
    ownPropertyOnly: true,
    outputEscape,
    // An in-memory, empty file system: nothing a template says can reach the disk.
    templates: {},
    parseLimit: 1e5,
    renderLimit: 1e3,
    memoryLimit: 1e6
  });
  for (const name of Object.keys(liquid.tags)) if (!ALLOWED_TAGS.has(name)) delete liquid.tags[name];
  delete liquid.filters.raw;
  return liquid;
}
const textEngine = engine();
const htmlEngine = engine(escapeOutput);
function escapeLiteralText(source) {
  return new Tokenizer(source).readTopLevelTokens(htmlEngine.options).map((token) => token.kind === TokenKind.HTML ? escapeHtml(token.getText()) : token.getText()).join("");
}
const CELL = "padding:6px 8px;border-bottom:1px solid #e5e7eb;";
const HEAD = "padding:6px 8px;border-bottom:2px solid #9ca3af;";
const LEFT = "text-align:left;";
const RIGHT = "text-align:right;white-space:nowrap;";
function invoicesTableHtml(context) {
  if (context.factures.length === 0) return `<p style="margin:0 0 1em;">${escapeHtml(inContentLocale(merge_no_invoices, {}))}</p>`;
  const th = (label, align) => `<th scope="col" style="${HEAD}${align}">${escapeHtml(label)}</th>`;
  const rows = context.factures.map(
    (f) => `<tr><td style="${CELL}${LEFT}">${escapeHtml(f.numero)}</td><td style="${CELL}${LEFT}">${escapeHtml(f.echeance)}</td><td style="${CELL}${RIGHT}">${escapeHtml(f.montant)}</td><td style="${CELL}${RIGHT}">${escapeHtml(f.reste)}</td></tr>`
  );
  return `<table style="width:100%;border-collapse:collapse;margin:0 0 1em;font-size:14px;"><caption style="text-align:left;font-weight:bold;padding:0 0 8px;">${escapeHtml(inContentLocale(merge_table_caption, {}))}</caption><thead><tr>${th(inContentLocale(merge_table_number, {}), LEFT)}${th(inContentLocale(merge_table_due, {}), LEFT)}${th(inContentLocale(merge_table_amount, {}), RIGHT)}${th(inContentLocale(merge_table_remaining, {}), RIGHT)}</tr></thead><tbody>${rows.join("")}</tbody><tfoot><tr><th scope="row" colspan="3" style="${CELL}${RIGHT}">${escapeHtml(inContentLocale(merge_table_total, {}))}</th><td style="${CELL}${RIGHT}font-weight:bold;">${escapeHtml(context.solde)}</td></tr></tfoot></table>`;
}
function invoicesTableText(context) {
  if (context.factures.length === 0) return inContentLocale(merge_no_invoices, {});
  const rows = [
    [inContentLocale(merge_table_number, {}), inContentLocale(merge_table_due, {}), inContentLocale(merge_table_amount, {}), inContentLocale(merge_table_remaining, {})],
    ...context.factures.map((f) => [f.numero, f.echeance, f.montant, f.reste])
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row2) => row2[column].length)));
  const line = (row2) => row2.map((cell, column) => column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])).join("   ").trimEnd();
  return [...rows.map(line), inContentLocale(merge_table_total_line, { total: context.solde })].join("\n");
}
function htmlParagraphs(html) {
  return html.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/).map((chunk) => chunk.trim()).filter(Boolean).map((chunk) => chunk.startsWith("<") ? chunk : `<p style="margin:0 0 1em;">${chunk.replace(/\n/g, "<br>")}</p>`).join("\n");
}
const row = (html, style) => html ? `<tr><td style="${style}">${html}</td></tr>` : "";
function emailDocument(parts) {
  return `<!DOCTYPE html>
<html lang="${CONTENT_LOCALE}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.subject)}</title>
</head>
<body style="margin:0;padding:0;background:#f3f4f6;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f3f4f6;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background:#ffffff;border-radius:8px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#111827;">
${row(parts.header, "padding:16px 24px;border-bottom:1px solid #e5e7eb;font-weight:bold;")}
${row(parts.body, "padding:24px;")}
${row(parts.footer, "padding:16px 24px;border-top:1px solid #e5e7eb;font-size:13px;color:#4b5563;")}
</table>
</td></tr>
</table>
</body>
</html>`;
}
function describeLiquidError(error) {
  if (!(error instanceof LiquidError)) throw error;
  const line = error.token?.getPosition()[0] ?? 1;
  if (error instanceof UndefinedVariableError) {
    const name = /undefined variable: (.+?), line:/.exec(error.message)?.[1] ?? "";
    return unknownField(name);
  }
  const filter = /undefined filter: ([^\s,]+)/.exec(error.message)?.[1];
  if (filter) return templates_unknown_filter({ filter });
  const tag = /tag "([^"]+)" not found/.exec(error.message)?.[1];
  if (tag) return templates_forbidden_tag({ tag: `{% ${tag} %}` });
  return error instanceof RenderError ? templates_render_error({ line }) : templates_syntax_error({ line });
}
const unknownField = (name) => templates_unknown_field({ field: `{{ ${name} }}` });
const invoice = { numero: "F-2026-00001", echeance: "05/11/2026", montant: "650,00 €", reste: "650,00 €" };
const SPECIMEN = {
  civilite: "Mme",
  civilite_longue: "Madame",
  prenom: "Hélène",
  nom: "O'Brien",
  nom_complet: "Mme Hélène O'Brien",
  adresse: "1 rue de la Paix\n69002 Lyon",
  debiteur: "O'Brien Hélène",
  compte: "LOC-000001",
  bail: "BAIL-2024-0001",
  solde: "1 300,00 €",
  factures: [invoice, { ...invoice, numero: "F-2026-00002" }],
  organisation: { nom: "Agence", adresse: "12 rue de la République\n69002 Lyon", email: "contact@agence.fr", telephone: "04 72 00 00 00" },
  date_du_jour: "23/11/2026",
  tableau_factures: ""
};
const SIZED = /* @__PURE__ */ new Set(["size", "first", "last"]);
function unknownPath(segments) {
  let value = SPECIMEN;
  for (const [index, segment] of segments.entries()) {
    if (typeof segment === "object") return null;
    if (segment === "size" && (typeof value === "string" || Array.isArray(value))) return null;
    if (Array.isArray(value) && (typeof segment === "number" || SIZED.has(segment))) value = value[0];
    else if (value !== null && typeof value === "object" && Object.hasOwn(value, segment))
      value = value[segment];
    else return segments.slice(0, index + 1).join(".");
  }
  return null;
}
const CONTENT_FIELDS = [
  "emailSubject",
  "emailHeader",
  "emailBody",
  "emailFooter",
  "smsText",
  "letterBody"
];
class TemplateError extends Error {
  constructor(field2, message) {
    super(message);
    this.field = field2;
    this.name = "TemplateError";
  }
  field;
}
async function render(field2, source, mode, scope) {
  try {
    if (mode === "text") return (await textEngine.parseAndRender(source, scope)).trim();
    return htmlParagraphs(await htmlEngine.parseAndRender(escapeLiteralText(source), scope));
  } catch (error) {
    throw new TemplateError(field2, describeLiquidError(error));
  }
}
async function renderContent(content, context) {
  const tableHtml = invoicesTableHtml(context);
  const textScope = { ...context, tableau_factures: invoicesTableText(context) };
  const htmlScope = { ...context, tableau_factures: new SafeHtml(`

${tableHtml}

`) };
  const text = (field2) => render(field2, content[field2], "text", textScope);
  const html = (field2) => render(field2, content[field2], "html", htmlScope);
  const [subject, header, body, footer, headerHtml, bodyHtml, footerHtml, sms, letterText] = await Promise.all([
    text("emailSubject"),
    text("emailHeader"),
    text("emailBody"),
    text("emailFooter"),
    html("emailHeader"),
    html("emailBody"),
    html("emailFooter"),
    text("smsText"),
    text("letterBody")
  ]);
  const emailSubject = subject.replace(/\s*[\r\n]+\s*/g, " ");
  return {
    emailSubject,
    emailHtml: emailDocument({ subject: emailSubject, header: headerHtml, body: bodyHtml, footer: footerHtml }),
    emailText: [header, body, footer].filter(Boolean).join("\n\n"),
    // French amounts carry non-breaking spaces, outside GSM-7: one would make every SMS UCS-2.
    smsText: sms.replace(/[\u00a0\u202f]/g, " "),
    letterText,
    invoicesTableHtml: tableHtml
  };
}
function checkMergeFields(content) {
  const errors = {};
  for (const field2 of CONTENT_FIELDS) {
    const problem = content[field2] ? mergeProblem(content[field2]) : null;
    if (problem) errors[field2] = problem;
  }
  return errors;
}
function mergeProblem(source) {
  try {
    const templates = textEngine.parse(source);
    for (const segments of textEngine.globalVariableSegmentsSync(templates)) {
      const unknown = unknownPath(segments);
      if (unknown) return unknownField(unknown);
    }
    textEngine.renderSync(templates, SPECIMEN);
    return null;
  } catch (error) {
    return describeLiquidError(error);
  }
}

export { MERGE_FIELDS as M, TemplateError as T, checkMergeFields as c, loadMergeContext as l, renderContent as r };
//# sourceMappingURL=render.js-DuaqjfoX.js.map
