import { a4 as head, a5 as escape_html, _ as derived } from '../../../../chunks/index.js-COLKlL0x.js';
import '../../../../chunks/exports.js-B9Uzt4sy.js';
import '../../../../chunks/utils2.js-ejsMtG81.js';
import '../../../../chunks/utils.js-BmkJLse3.js';
import '../../../../chunks/root.js-Duy9cqKt.js';
import '../../../../chunks/state.svelte.js-BZtVb3pR.js';
import { F as Field } from '../../../../chunks/Field.js-BWvlJ_cu.js';
import { F as FormError } from '../../../../chunks/FormError.js-hJx8zaQ-.js';
import { L as LanguageSwitch } from '../../../../chunks/LanguageSwitch.js-CqdZuNwa.js';
import '../../../../chunks/zod-messages.js-Dlwf9NDY.js';
import '../../../../chunks/auth.js-DCKdo3ao.js';
import { a as account_title } from '../../../../chunks/account_title.js-DwctsNfC.js';
import { g as getLocale } from '../../../../chunks/runtime.js-CK3d4wQN.js';
import { a as app_name } from '../../../../chunks/app_name.js-Ctfp6dIQ.js';
import '../../../../chunks/index2.js-Dtf9Hh0X.js';
import 'zod';
import 'zod/v4/locales';

const fr_language_title = (
  /** @type {(inputs: Language_TitleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Langue`
    );
  }
);
const en_language_title = (
  /** @type {(inputs: Language_TitleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Language`
    );
  }
);
const language_title = (
  /** @type {((inputs?: Language_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Language_TitleInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_language_title();
    return fr_language_title();
  })
);
const fr_password_confirm = (
  /** @type {(inputs: Password_ConfirmInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Confirmez le nouveau mot de passe`
    );
  }
);
const en_password_confirm = (
  /** @type {(inputs: Password_ConfirmInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Confirm the new password`
    );
  }
);
const password_confirm = (
  /** @type {((inputs?: Password_ConfirmInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Password_ConfirmInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_password_confirm();
    return fr_password_confirm();
  })
);
const fr_password_current = (
  /** @type {(inputs: Password_CurrentInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Mot de passe actuel`
    );
  }
);
const en_password_current = (
  /** @type {(inputs: Password_CurrentInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Current password`
    );
  }
);
const password_current = (
  /** @type {((inputs?: Password_CurrentInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Password_CurrentInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_password_current();
    return fr_password_current();
  })
);
const fr_password_new = (
  /** @type {(inputs: Password_NewInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Nouveau mot de passe`
    );
  }
);
const en_password_new = (
  /** @type {(inputs: Password_NewInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `New password`
    );
  }
);
const password_new = (
  /** @type {((inputs?: Password_NewInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Password_NewInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_password_new();
    return fr_password_new();
  })
);
const fr_password_submit = (
  /** @type {(inputs: Password_SubmitInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Changer le mot de passe`
    );
  }
);
const en_password_submit = (
  /** @type {(inputs: Password_SubmitInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Change password`
    );
  }
);
const password_submit = (
  /** @type {((inputs?: Password_SubmitInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Password_SubmitInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_password_submit();
    return fr_password_submit();
  })
);
const fr_password_title = (
  /** @type {(inputs: Password_TitleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Changer de mot de passe`
    );
  }
);
const en_password_title = (
  /** @type {(inputs: Password_TitleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Change password`
    );
  }
);
const password_title = (
  /** @type {((inputs?: Password_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Password_TitleInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_password_title();
    return fr_password_title();
  })
);
function _page($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { data, form } = $$props;
    const errors = derived(() => (form && "errors" in form ? form.errors : {}) ?? {});
    head("stacr4", $$renderer2, ($$renderer3) => {
      $$renderer3.title(($$renderer4) => {
        $$renderer4.push(`<title>${escape_html(account_title())} · ${escape_html(app_name())}</title>`);
      });
    });
    $$renderer2.push(`<h1>${escape_html(account_title())}</h1> <div class="card"><p><strong>${escape_html(data.user.name)}</strong><br/><span class="muted">${escape_html(data.user.email)}</span></p></div> <h2>${escape_html(language_title())}</h2> <div class="card">`);
    LanguageSwitch($$renderer2);
    $$renderer2.push(`<!----></div> <h2>${escape_html(password_title())}</h2> <div class="card">`);
    if (form && "done" in form) {
      $$renderer2.push(`<!--[0--><p class="notice ok" role="status">${escape_html(form.done)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> `);
    FormError($$renderer2, { message: errors()._form });
    $$renderer2.push(`<!----> <form method="POST" action="?/password" novalidate="">`);
    Field($$renderer2, {
      label: password_current(),
      name: "currentPassword",
      type: "password",
      autocomplete: "current-password",
      error: errors().currentPassword
    });
    $$renderer2.push(`<!----> `);
    Field($$renderer2, {
      label: password_new(),
      name: "password",
      type: "password",
      autocomplete: "new-password",
      minlength: 10,
      error: errors().password
    });
    $$renderer2.push(`<!----> `);
    Field($$renderer2, {
      label: password_confirm(),
      name: "confirmPassword",
      type: "password",
      autocomplete: "new-password",
      error: errors().confirmPassword
    });
    $$renderer2.push(`<!----> <button class="button" type="submit">${escape_html(password_submit())}</button></form></div>`);
  });
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-BNxBmy1D.js.map
