import { a4 as head, a5 as escape_html, a6 as attr, a7 as ensure_array_like, a8 as stringify } from '../../../../chunks/index.js-COLKlL0x.js';
import { f as formatMoney } from '../../../../chunks/format.js-iD5Wb3O1.js';
import { d as debtors_title } from '../../../../chunks/debtors_title.js-B5qDqjjS.js';
import { d as debtors_new } from '../../../../chunks/debtors_new.js-H0TENz57.js';
import { g as getLocale } from '../../../../chunks/runtime.js-CK3d4wQN.js';
import { p as page_of, a as page_previous, b as page_next } from '../../../../chunks/page_previous.js-DtDR6Ss7.js';
import { a as app_name } from '../../../../chunks/app_name.js-Ctfp6dIQ.js';
import '../../../../chunks/utils.js-BmkJLse3.js';
import '../../../../chunks/utils2.js-ejsMtG81.js';

const fr_debtors_count = (
  /** @type {(inputs: Debtors_CountInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.count} débiteur(s)`
    );
  }
);
const en_debtors_count = (
  /** @type {(inputs: Debtors_CountInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.count} debtor(s)`
    );
  }
);
const debtors_count = (
  /** @type {((inputs: Debtors_CountInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_CountInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_count(inputs);
    return fr_debtors_count(inputs);
  })
);
const fr_debtors_empty = (
  /** @type {(inputs: Debtors_EmptyInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Aucun débiteur ne correspond.`
    );
  }
);
const en_debtors_empty = (
  /** @type {(inputs: Debtors_EmptyInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `No debtor matches.`
    );
  }
);
const debtors_empty = (
  /** @type {((inputs?: Debtors_EmptyInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_EmptyInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_empty();
    return fr_debtors_empty();
  })
);
const fr_debtors_search = (
  /** @type {(inputs: Debtors_SearchInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Rechercher un débiteur`
    );
  }
);
const en_debtors_search = (
  /** @type {(inputs: Debtors_SearchInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Search a debtor`
    );
  }
);
const debtors_search = (
  /** @type {((inputs?: Debtors_SearchInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_SearchInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_search();
    return fr_debtors_search();
  })
);
const fr_debtors_search_submit = (
  /** @type {(inputs: Debtors_Search_SubmitInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Rechercher`
    );
  }
);
const en_debtors_search_submit = (
  /** @type {(inputs: Debtors_Search_SubmitInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Search`
    );
  }
);
const debtors_search_submit = (
  /** @type {((inputs?: Debtors_Search_SubmitInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_Search_SubmitInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_search_submit();
    return fr_debtors_search_submit();
  })
);
function _page($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { data } = $$props;
    const pageHref = (page) => `?${new URLSearchParams({ q: data.q, page: String(page) })}`;
    head("dksqzh", $$renderer2, ($$renderer3) => {
      $$renderer3.title(($$renderer4) => {
        $$renderer4.push(`<title>${escape_html(debtors_title())} · ${escape_html(app_name())}</title>`);
      });
    });
    $$renderer2.push(`<div class="heading svelte-dksqzh"><h1 class="svelte-dksqzh">${escape_html(debtors_title())}</h1> `);
    if (data.canCreate) {
      $$renderer2.push(`<!--[0--><a class="button" href="/debiteurs/nouveau">${escape_html(debtors_new())}</a>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></div> <form method="GET" role="search" class="search svelte-dksqzh"><label class="visually-hidden" for="q">${escape_html(debtors_search())}</label> <input id="q" name="q" type="search"${attr("value", data.q)}${attr("placeholder", debtors_search())} maxlength="100" class="svelte-dksqzh"/> <button class="button" type="submit">${escape_html(debtors_search_submit())}</button></form> <p class="muted">${escape_html(debtors_count({ count: data.total }))}</p> <div class="card">`);
    if (data.rows.length === 0) {
      $$renderer2.push(`<!--[0--><p class="empty">${escape_html(debtors_empty())}</p>`);
    } else {
      $$renderer2.push(`<!--[-1--><ul class="list"><!--[-->`);
      const each_array = ensure_array_like(data.rows);
      for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
        let debtor = each_array[$$index];
        $$renderer2.push(`<li><a class="row-link"${attr("href", `/debiteurs/${stringify(debtor.id)}`)}><span><strong>${escape_html(debtor.name)}</strong><br/> <span class="muted">${escape_html(debtor.accountNumber)} · ${escape_html(debtor.leaseReference)}</span></span> <span class="amount">${escape_html(formatMoney(debtor.balanceCents))}</span></a></li>`);
      }
      $$renderer2.push(`<!--]--></ul>`);
    }
    $$renderer2.push(`<!--]--></div> `);
    if (data.pages > 1) {
      $$renderer2.push(`<!--[0--><nav class="pager"${attr("aria-label", page_of({ page: data.page, pages: data.pages }))}>`);
      if (data.page > 1) {
        $$renderer2.push(`<!--[0--><a class="button secondary"${attr("href", pageHref(data.page - 1))}>${escape_html(page_previous())}</a>`);
      } else {
        $$renderer2.push(`<!--[-1--><span></span>`);
      }
      $$renderer2.push(`<!--]--> <span class="muted">${escape_html(page_of({ page: data.page, pages: data.pages }))}</span> `);
      if (data.page < data.pages) {
        $$renderer2.push(`<!--[0--><a class="button secondary"${attr("href", pageHref(data.page + 1))}>${escape_html(page_next())}</a>`);
      } else {
        $$renderer2.push(`<!--[-1--><span></span>`);
      }
      $$renderer2.push(`<!--]--></nav>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]-->`);
  });
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-PZOzBWj-.js.map
