import { a4 as head, a5 as escape_html } from '../../../../chunks/index.js-COLKlL0x.js';
import { g as getLocale } from '../../../../chunks/runtime.js-CK3d4wQN.js';
import { a as account_title } from '../../../../chunks/account_title.js-DwctsNfC.js';
import { o as organisation_switch } from '../../../../chunks/organisation_switch.js-BuDy-Vq_.js';
import { t as templates_title } from '../../../../chunks/templates_title.js-wPoXKlLf.js';
import { u as users_title } from '../../../../chunks/users_title.js-BgxqaG6k.js';
import { a as app_name } from '../../../../chunks/app_name.js-Ctfp6dIQ.js';
import '../../../../chunks/utils.js-BmkJLse3.js';
import '../../../../chunks/utils2.js-ejsMtG81.js';

const fr_logout = (
  /** @type {(inputs: LogoutInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Se déconnecter`
    );
  }
);
const en_logout = (
  /** @type {(inputs: LogoutInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Log out`
    );
  }
);
const logout = (
  /** @type {((inputs?: LogoutInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<LogoutInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_logout();
    return fr_logout();
  })
);
const fr_more_title = (
  /** @type {(inputs: More_TitleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Plus`
    );
  }
);
const en_more_title = (
  /** @type {(inputs: More_TitleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `More`
    );
  }
);
const more_title = (
  /** @type {((inputs?: More_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<More_TitleInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_more_title();
    return fr_more_title();
  })
);
function _page($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { data } = $$props;
    head("oy9e3g", $$renderer2, ($$renderer3) => {
      $$renderer3.title(($$renderer4) => {
        $$renderer4.push(`<title>${escape_html(more_title())} · ${escape_html(app_name())}</title>`);
      });
    });
    $$renderer2.push(`<h1>${escape_html(more_title())}</h1> <div class="card"><ul class="list"><li><a class="row-link" href="/compte">${escape_html(account_title())}</a></li> `);
    if (data.organisations.length > 1) {
      $$renderer2.push(`<!--[0--><li><a class="row-link" href="/organisation">${escape_html(organisation_switch())}</a></li>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> `);
    if (data.organisation.role === "admin" || data.organisation.role === "manager") {
      $$renderer2.push(`<!--[0--><li><a class="row-link" href="/modeles">${escape_html(templates_title())}</a></li>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> `);
    if (data.organisation.role === "admin") {
      $$renderer2.push(`<!--[0--><li><a class="row-link" href="/reglages/utilisateurs">${escape_html(users_title())}</a></li>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></ul></div> <form method="POST" action="/logout"><button class="button danger" type="submit">${escape_html(logout())}</button></form>`);
  });
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-Bgk1wy8t.js.map
