import { a4 as head, a5 as escape_html, a6 as attr, _ as derived } from '../../../../chunks/index.js-COLKlL0x.js';
import '../../../../chunks/exports.js-B9Uzt4sy.js';
import '../../../../chunks/utils2.js-ejsMtG81.js';
import '../../../../chunks/utils.js-BmkJLse3.js';
import '../../../../chunks/root.js-Duy9cqKt.js';
import '../../../../chunks/state.svelte.js-BZtVb3pR.js';
import { F as Field } from '../../../../chunks/Field.js-BWvlJ_cu.js';
import { F as FormError } from '../../../../chunks/FormError.js-hJx8zaQ-.js';
import '../../../../chunks/zod-messages.js-Dlwf9NDY.js';
import '../../../../chunks/auth.js-DCKdo3ao.js';
import { g as getLocale } from '../../../../chunks/runtime.js-CK3d4wQN.js';
import { a as app_name } from '../../../../chunks/app_name.js-Ctfp6dIQ.js';
import 'zod';
import 'zod/v4/locales';

const fr_login_email = (
  /** @type {(inputs: Login_EmailInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Adresse e-mail`
    );
  }
);
const en_login_email = (
  /** @type {(inputs: Login_EmailInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Email address`
    );
  }
);
const login_email = (
  /** @type {((inputs?: Login_EmailInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Login_EmailInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_login_email();
    return fr_login_email();
  })
);
const fr_login_password = (
  /** @type {(inputs: Login_PasswordInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Mot de passe`
    );
  }
);
const en_login_password = (
  /** @type {(inputs: Login_PasswordInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Password`
    );
  }
);
const login_password = (
  /** @type {((inputs?: Login_PasswordInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Login_PasswordInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_login_password();
    return fr_login_password();
  })
);
const fr_login_submit = (
  /** @type {(inputs: Login_SubmitInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Se connecter`
    );
  }
);
const en_login_submit = (
  /** @type {(inputs: Login_SubmitInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Log in`
    );
  }
);
const login_submit = (
  /** @type {((inputs?: Login_SubmitInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Login_SubmitInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_login_submit();
    return fr_login_submit();
  })
);
const fr_login_title = (
  /** @type {(inputs: Login_TitleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Connexion`
    );
  }
);
const en_login_title = (
  /** @type {(inputs: Login_TitleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Log in`
    );
  }
);
const login_title = (
  /** @type {((inputs?: Login_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Login_TitleInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_login_title();
    return fr_login_title();
  })
);
function _page($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { data, form } = $$props;
    const errors = derived(() => form?.errors ?? {});
    head("8k30lk", $$renderer2, ($$renderer3) => {
      $$renderer3.title(($$renderer4) => {
        $$renderer4.push(`<title>${escape_html(login_title())} · ${escape_html(app_name())}</title>`);
      });
    });
    $$renderer2.push(`<h1>${escape_html(login_title())}</h1> `);
    FormError($$renderer2, { message: errors()._form });
    $$renderer2.push(`<!----> <form method="POST" novalidate=""><input type="hidden" name="redirectTo"${attr("value", data.redirectTo)}/> `);
    Field($$renderer2, {
      label: login_email(),
      name: "email",
      type: "email",
      autocomplete: "username",
      inputmode: "email",
      value: String(form?.values?.email ?? ""),
      error: errors().email
    });
    $$renderer2.push(`<!----> `);
    Field($$renderer2, {
      label: login_password(),
      name: "password",
      type: "password",
      autocomplete: "current-password",
      error: errors().password
    });
    $$renderer2.push(`<!----> <button class="button" type="submit">${escape_html(login_submit())}</button></form>`);
  });
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-DHLjcjZX.js.map
