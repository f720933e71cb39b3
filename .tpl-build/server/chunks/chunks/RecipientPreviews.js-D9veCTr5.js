import { g as getLocale } from './runtime.js-CK3d4wQN.js';
import { a6 as attr, a7 as ensure_array_like, a5 as escape_html } from './index.js-COLKlL0x.js';
import { c as channelLabel } from './reminder-labels.js-DAKPtdMd.js';

const fr_reminders_debtor = (
  /** @type {(inputs: Reminders_DebtorInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Débiteur`
    );
  }
);
const en_reminders_debtor = (
  /** @type {(inputs: Reminders_DebtorInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Debtor`
    );
  }
);
const reminders_debtor = (
  /** @type {((inputs?: Reminders_DebtorInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_DebtorInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_debtor();
    return fr_reminders_debtor();
  })
);
const fr_reminders_group = (
  /** @type {(inputs: Reminders_GroupInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Groupe de relance`
    );
  }
);
const en_reminders_group = (
  /** @type {(inputs: Reminders_GroupInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Reminder group`
    );
  }
);
const reminders_group = (
  /** @type {((inputs?: Reminders_GroupInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_GroupInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_group();
    return fr_reminders_group();
  })
);
const fr_reminders_immediate = (
  /** @type {(inputs: Reminders_ImmediateInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Envoi immédiat`
    );
  }
);
const en_reminders_immediate = (
  /** @type {(inputs: Reminders_ImmediateInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Send now`
    );
  }
);
const reminders_immediate = (
  /** @type {((inputs?: Reminders_ImmediateInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_ImmediateInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_immediate();
    return fr_reminders_immediate();
  })
);
const fr_reminders_keep = (
  /** @type {(inputs: Reminders_KeepInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `À conserver`
    );
  }
);
const en_reminders_keep = (
  /** @type {(inputs: Reminders_KeepInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Keep`
    );
  }
);
const reminders_keep = (
  /** @type {((inputs?: Reminders_KeepInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_KeepInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_keep();
    return fr_reminders_keep();
  })
);
const fr_reminders_preview = (
  /** @type {(inputs: Reminders_PreviewInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Prévisualiser`
    );
  }
);
const en_reminders_preview = (
  /** @type {(inputs: Reminders_PreviewInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Preview`
    );
  }
);
const reminders_preview = (
  /** @type {((inputs?: Reminders_PreviewInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_PreviewInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_preview();
    return fr_reminders_preview();
  })
);
const fr_reminders_preview_title = (
  /** @type {(inputs: Reminders_Preview_TitleInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Aperçu pour ${i?.name}`
    );
  }
);
const en_reminders_preview_title = (
  /** @type {(inputs: Reminders_Preview_TitleInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Preview for ${i?.name}`
    );
  }
);
const reminders_preview_title = (
  /** @type {((inputs: Reminders_Preview_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Preview_TitleInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_preview_title(inputs);
    return fr_reminders_preview_title(inputs);
  })
);
const fr_reminders_recipients = (
  /** @type {(inputs: Reminders_RecipientsInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Destinataires`
    );
  }
);
const en_reminders_recipients = (
  /** @type {(inputs: Reminders_RecipientsInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Recipients`
    );
  }
);
const reminders_recipients = (
  /** @type {((inputs?: Reminders_RecipientsInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_RecipientsInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_recipients();
    return fr_reminders_recipients();
  })
);
const fr_reminders_requires_validation = (
  /** @type {(inputs: Reminders_Requires_ValidationInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Validation avant envoi`
    );
  }
);
const en_reminders_requires_validation = (
  /** @type {(inputs: Reminders_Requires_ValidationInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Approval before sending`
    );
  }
);
const reminders_requires_validation = (
  /** @type {((inputs?: Reminders_Requires_ValidationInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Requires_ValidationInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_requires_validation();
    return fr_reminders_requires_validation();
  })
);
const fr_reminders_send_date = (
  /** @type {(inputs: Reminders_Send_DateInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Date d'envoi`
    );
  }
);
const en_reminders_send_date = (
  /** @type {(inputs: Reminders_Send_DateInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Send date`
    );
  }
);
const reminders_send_date = (
  /** @type {((inputs?: Reminders_Send_DateInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Send_DateInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_send_date();
    return fr_reminders_send_date();
  })
);
function RecipientPreviews($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { previews } = $$props;
    $$renderer2.push(`<section class="previews"${attr("aria-label", reminders_preview())}><!--[-->`);
    const each_array = ensure_array_like(previews);
    for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
      let preview = each_array[$$index_1];
      $$renderer2.push(`<article class="card preview" data-testid="preview"><h3 class="svelte-1e3hugy">${escape_html(reminders_preview_title({ name: preview.name }))}</h3> `);
      if (preview.error) {
        $$renderer2.push(`<!--[0--><p class="error">${escape_html(preview.error)}</p>`);
      } else if (preview.rendered) {
        $$renderer2.push(`<!--[1--><!--[-->`);
        const each_array_1 = ensure_array_like(preview.channels);
        for (let $$index = 0, $$length2 = each_array_1.length; $$index < $$length2; $$index++) {
          let channel = each_array_1[$$index];
          $$renderer2.push(`<h4 class="svelte-1e3hugy">${escape_html(channelLabel(channel))}</h4> `);
          if (channel === "email") {
            $$renderer2.push(`<!--[0--><p><strong>${escape_html(preview.rendered.emailSubject)}</strong></p> <pre class="svelte-1e3hugy">${escape_html(preview.rendered.emailText)}</pre>`);
          } else if (channel === "sms") {
            $$renderer2.push(`<!--[1--><pre class="svelte-1e3hugy">${escape_html(preview.rendered.smsText)}</pre>`);
          } else {
            $$renderer2.push(`<!--[-1--><pre class="svelte-1e3hugy">${escape_html(preview.rendered.letterText)}</pre>`);
          }
          $$renderer2.push(`<!--]-->`);
        }
        $$renderer2.push(`<!--]-->`);
      } else {
        $$renderer2.push("<!--[-1-->");
      }
      $$renderer2.push(`<!--]--></article>`);
    }
    $$renderer2.push(`<!--]--></section>`);
  });
}

export { RecipientPreviews as R, reminders_keep as a, reminders_immediate as b, reminders_debtor as c, reminders_send_date as d, reminders_group as e, reminders_recipients as f, reminders_preview as g, reminders_requires_validation as r };
//# sourceMappingURL=RecipientPreviews.js-D9veCTr5.js.map
