import { a4 as head, a5 as escape_html, a6 as attr, a7 as ensure_array_like, a8 as stringify, _ as derived } from '../../../../chunks/index.js-COLKlL0x.js';
import { p as page } from '../../../../chunks/index2.js-Dtf9Hh0X.js';
import { a as formatDate } from '../../../../chunks/format.js-iD5Wb3O1.js';
import { s as statusLabel, R as REMINDER_STATUSES } from '../../../../chunks/reminder-labels.js-DAKPtdMd.js';
import { g as getLocale } from '../../../../chunks/runtime.js-CK3d4wQN.js';
import { p as page_of, a as page_previous, b as page_next } from '../../../../chunks/page_previous.js-DtDR6Ss7.js';
import { a as app_name } from '../../../../chunks/app_name.js-Ctfp6dIQ.js';
import '../../../../chunks/utils.js-BmkJLse3.js';
import '../../../../chunks/utils2.js-ejsMtG81.js';
import '../../../../chunks/state.svelte.js-BZtVb3pR.js';
import '../../../../chunks/exports.js-B9Uzt4sy.js';
import '../../../../chunks/root.js-Duy9cqKt.js';

const fr_reminders_count = (
  /** @type {(inputs: Reminders_CountInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.count} relance(s)`
    );
  }
);
const en_reminders_count = (
  /** @type {(inputs: Reminders_CountInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.count} reminder(s)`
    );
  }
);
const reminders_count = (
  /** @type {((inputs: Reminders_CountInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_CountInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_count(inputs);
    return fr_reminders_count(inputs);
  })
);
const fr_reminders_empty = (
  /** @type {(inputs: Reminders_EmptyInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Aucune relance pour l'instant.`
    );
  }
);
const en_reminders_empty = (
  /** @type {(inputs: Reminders_EmptyInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `No reminder yet.`
    );
  }
);
const reminders_empty = (
  /** @type {((inputs?: Reminders_EmptyInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_EmptyInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_empty();
    return fr_reminders_empty();
  })
);
const fr_reminders_filter_all = (
  /** @type {(inputs: Reminders_Filter_AllInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Tous`
    );
  }
);
const en_reminders_filter_all = (
  /** @type {(inputs: Reminders_Filter_AllInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `All`
    );
  }
);
const reminders_filter_all = (
  /** @type {((inputs?: Reminders_Filter_AllInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Filter_AllInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_filter_all();
    return fr_reminders_filter_all();
  })
);
const fr_reminders_filter_from = (
  /** @type {(inputs: Reminders_Filter_FromInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Du`
    );
  }
);
const en_reminders_filter_from = (
  /** @type {(inputs: Reminders_Filter_FromInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `From`
    );
  }
);
const reminders_filter_from = (
  /** @type {((inputs?: Reminders_Filter_FromInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Filter_FromInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_filter_from();
    return fr_reminders_filter_from();
  })
);
const fr_reminders_filter_q = (
  /** @type {(inputs: Reminders_Filter_QInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Débiteur`
    );
  }
);
const en_reminders_filter_q = (
  /** @type {(inputs: Reminders_Filter_QInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Debtor`
    );
  }
);
const reminders_filter_q = (
  /** @type {((inputs?: Reminders_Filter_QInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Filter_QInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_filter_q();
    return fr_reminders_filter_q();
  })
);
const fr_reminders_filter_status = (
  /** @type {(inputs: Reminders_Filter_StatusInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `État`
    );
  }
);
const en_reminders_filter_status = (
  /** @type {(inputs: Reminders_Filter_StatusInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `State`
    );
  }
);
const reminders_filter_status = (
  /** @type {((inputs?: Reminders_Filter_StatusInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Filter_StatusInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_filter_status();
    return fr_reminders_filter_status();
  })
);
const fr_reminders_filter_submit = (
  /** @type {(inputs: Reminders_Filter_SubmitInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Filtrer`
    );
  }
);
const en_reminders_filter_submit = (
  /** @type {(inputs: Reminders_Filter_SubmitInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Filter`
    );
  }
);
const reminders_filter_submit = (
  /** @type {((inputs?: Reminders_Filter_SubmitInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Filter_SubmitInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_filter_submit();
    return fr_reminders_filter_submit();
  })
);
const fr_reminders_filter_to = (
  /** @type {(inputs: Reminders_Filter_ToInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Au`
    );
  }
);
const en_reminders_filter_to = (
  /** @type {(inputs: Reminders_Filter_ToInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `To`
    );
  }
);
const reminders_filter_to = (
  /** @type {((inputs?: Reminders_Filter_ToInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Filter_ToInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_filter_to();
    return fr_reminders_filter_to();
  })
);
const fr_reminders_title = (
  /** @type {(inputs: Reminders_TitleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Relances`
    );
  }
);
const en_reminders_title = (
  /** @type {(inputs: Reminders_TitleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Reminders`
    );
  }
);
const reminders_title = (
  /** @type {((inputs?: Reminders_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_TitleInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_title();
    return fr_reminders_title();
  })
);
function _page($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { data } = $$props;
    const f = derived(() => data.filters);
    const hrefWith = (changes) => {
      const params = new URLSearchParams(page.url.searchParams);
      for (const [k, v] of Object.entries(changes)) v ? params.set(k, v) : params.delete(k);
      return `?${params}`;
    };
    head("dyn85j", $$renderer2, ($$renderer3) => {
      $$renderer3.title(($$renderer4) => {
        $$renderer4.push(`<title>${escape_html(reminders_title())} · ${escape_html(app_name())}</title>`);
      });
    });
    $$renderer2.push(`<h1>${escape_html(reminders_title())}</h1> <nav class="states svelte-dyn85j"${attr("aria-label", reminders_filter_status())}><a${attr("href", hrefWith({ etat: "", page: "" }))}${attr("aria-current", !f().status ? "page" : void 0)} class="svelte-dyn85j">${escape_html(reminders_filter_all())}</a> <!--[-->`);
    const each_array = ensure_array_like(REMINDER_STATUSES);
    for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
      let status = each_array[$$index];
      if (data.byStatus[status]) {
        $$renderer2.push(`<!--[0--><a${attr("href", hrefWith({ etat: status, page: "" }))}${attr("aria-current", f().status === status ? "page" : void 0)} class="svelte-dyn85j">${escape_html(statusLabel(status))} <span class="pill">${escape_html(data.byStatus[status])}</span></a>`);
      } else {
        $$renderer2.push("<!--[-1-->");
      }
      $$renderer2.push(`<!--]-->`);
    }
    $$renderer2.push(`<!--]--></nav> <form method="GET" class="card filters svelte-dyn85j">`);
    if (f().status) {
      $$renderer2.push(`<!--[0--><input type="hidden" name="etat"${attr("value", f().status)}/>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> <div class="field svelte-dyn85j"><label for="q">${escape_html(reminders_filter_q())}</label><input id="q" name="q" type="search"${attr("value", f().q ?? "")} maxlength="100"/></div> <div class="field svelte-dyn85j"><label for="du">${escape_html(reminders_filter_from())}</label><input id="du" name="du" type="date"${attr("value", f().from ?? "")}/></div> <div class="field svelte-dyn85j"><label for="au">${escape_html(reminders_filter_to())}</label><input id="au" name="au" type="date"${attr("value", f().to ?? "")}/></div> <button class="button svelte-dyn85j" type="submit">${escape_html(reminders_filter_submit())}</button></form> <p class="muted">${escape_html(reminders_count({ count: data.total }))}</p> <div class="card">`);
    if (data.rows.length === 0) {
      $$renderer2.push(`<!--[0--><p class="empty">${escape_html(reminders_empty())}</p>`);
    } else {
      $$renderer2.push(`<!--[-1--><ul class="list"><!--[-->`);
      const each_array_1 = ensure_array_like(data.rows);
      for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
        let row = each_array_1[$$index_1];
        $$renderer2.push(`<li><a class="row-link"${attr("href", `/relances/${stringify(row.id)}`)}><span><strong>${escape_html(row.shortDescription)}</strong><br/><span class="muted">${escape_html(row.debtorName)}`);
        if (row.groupName) {
          $$renderer2.push(`<!--[0-->· ${escape_html(row.groupName)}`);
        } else {
          $$renderer2.push("<!--[-1-->");
        }
        $$renderer2.push(`<!--]--></span></span> <span class="right svelte-dyn85j"><span class="pill">${escape_html(statusLabel(row.status))}</span><br/><span class="muted">${escape_html(formatDate(row.sendDate))}</span></span></a></li>`);
      }
      $$renderer2.push(`<!--]--></ul>`);
    }
    $$renderer2.push(`<!--]--></div> `);
    if (data.pages > 1) {
      $$renderer2.push(`<!--[0--><nav class="pager"${attr("aria-label", page_of({ page: data.page, pages: data.pages }))}>`);
      if (data.page > 1) {
        $$renderer2.push(`<!--[0--><a class="button secondary"${attr("href", hrefWith({ page: String(data.page - 1) }))}>${escape_html(page_previous())}</a>`);
      } else {
        $$renderer2.push(`<!--[-1--><span></span>`);
      }
      $$renderer2.push(`<!--]--> <span class="muted">${escape_html(page_of({ page: data.page, pages: data.pages }))}</span> `);
      if (data.page < data.pages) {
        $$renderer2.push(`<!--[0--><a class="button secondary"${attr("href", hrefWith({ page: String(data.page + 1) }))}>${escape_html(page_next())}</a>`);
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
//# sourceMappingURL=_page.svelte.js-Bq3X6u5n.js.map
