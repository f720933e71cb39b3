import { a4 as head, a5 as escape_html, a6 as attr, a8 as stringify, a7 as ensure_array_like, _ as derived } from '../../../../../chunks/index.js-COLKlL0x.js';
import '../../../../../chunks/exports.js-B9Uzt4sy.js';
import '../../../../../chunks/utils2.js-ejsMtG81.js';
import '../../../../../chunks/utils.js-BmkJLse3.js';
import '../../../../../chunks/root.js-Duy9cqKt.js';
import '../../../../../chunks/state.svelte.js-BZtVb3pR.js';
import { p as page } from '../../../../../chunks/index2.js-Dtf9Hh0X.js';
import { a as formatDate, f as formatMoney } from '../../../../../chunks/format.js-iD5Wb3O1.js';
import { s as statusLabel, c as channelLabel, a as actionLabel } from '../../../../../chunks/reminder-labels.js-DAKPtdMd.js';
import { F as FormError } from '../../../../../chunks/FormError.js-hJx8zaQ-.js';
import { r as reminders_requires_validation, a as reminders_keep, b as reminders_immediate, c as reminders_debtor, d as reminders_send_date, e as reminders_group, f as reminders_recipients, g as reminders_preview, R as RecipientPreviews } from '../../../../../chunks/RecipientPreviews.js-D9veCTr5.js';
import { r as reminders_by } from '../../../../../chunks/reminders_by.js-CQufNXe8.js';
import { g as getLocale } from '../../../../../chunks/runtime.js-CK3d4wQN.js';
import { a as reminders_created_by, b as reminders_approve, r as reminders_reject_reason, c as reminders_reject } from '../../../../../chunks/reminders_reject_reason.js-DXDpJXd3.js';
import { r as reminders_edit } from '../../../../../chunks/reminders_edit.js-BEAWEN7n.js';
import { a as app_name } from '../../../../../chunks/app_name.js-Ctfp6dIQ.js';

const fr_reminders_cancel = (
  /** @type {(inputs: Reminders_CancelInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Annuler la relance`
    );
  }
);
const en_reminders_cancel = (
  /** @type {(inputs: Reminders_CancelInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Cancel the reminder`
    );
  }
);
const reminders_cancel = (
  /** @type {((inputs?: Reminders_CancelInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_CancelInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_cancel();
    return fr_reminders_cancel();
  })
);
const fr_reminders_created = (
  /** @type {(inputs: Reminders_CreatedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Relance enregistrée.`
    );
  }
);
const en_reminders_created = (
  /** @type {(inputs: Reminders_CreatedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Reminder saved.`
    );
  }
);
const reminders_created = (
  /** @type {((inputs?: Reminders_CreatedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_CreatedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_created();
    return fr_reminders_created();
  })
);
const fr_reminders_history = (
  /** @type {(inputs: Reminders_HistoryInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Historique`
    );
  }
);
const en_reminders_history = (
  /** @type {(inputs: Reminders_HistoryInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `History`
    );
  }
);
const reminders_history = (
  /** @type {((inputs?: Reminders_HistoryInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_HistoryInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_history();
    return fr_reminders_history();
  })
);
const fr_reminders_invoices_covered = (
  /** @type {(inputs: Reminders_Invoices_CoveredInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Factures concernées`
    );
  }
);
const en_reminders_invoices_covered = (
  /** @type {(inputs: Reminders_Invoices_CoveredInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Invoices covered`
    );
  }
);
const reminders_invoices_covered = (
  /** @type {((inputs?: Reminders_Invoices_CoveredInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Invoices_CoveredInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_invoices_covered();
    return fr_reminders_invoices_covered();
  })
);
const fr_reminders_submit_draft = (
  /** @type {(inputs: Reminders_Submit_DraftInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Soumettre`
    );
  }
);
const en_reminders_submit_draft = (
  /** @type {(inputs: Reminders_Submit_DraftInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Submit`
    );
  }
);
const reminders_submit_draft = (
  /** @type {((inputs?: Reminders_Submit_DraftInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Submit_DraftInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_submit_draft();
    return fr_reminders_submit_draft();
  })
);
function History($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { entries } = $$props;
    const when = (d) => new Intl.DateTimeFormat("fr-FR", {
      dateStyle: "short",
      timeStyle: "short",
      timeZone: "Europe/Paris"
    }).format(new Date(d));
    $$renderer2.push(`<ol class="card history svelte-6mz200" data-testid="history"><!--[-->`);
    const each_array = ensure_array_like(entries);
    for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
      let entry = each_array[$$index];
      $$renderer2.push(`<li class="svelte-6mz200"><strong>${escape_html(actionLabel(entry.action))}</strong> `);
      if (entry.actorName) {
        $$renderer2.push(`<!--[0--><span>${escape_html(reminders_by({ name: entry.actorName }))}</span>`);
      } else {
        $$renderer2.push("<!--[-1-->");
      }
      $$renderer2.push(`<!--]--> <span class="muted">· ${escape_html(when(entry.at))}</span> `);
      if (entry.reason) {
        $$renderer2.push(`<!--[0--><br/><span>${escape_html(entry.reason)}</span>`);
      } else {
        $$renderer2.push("<!--[-1-->");
      }
      $$renderer2.push(`<!--]--> `);
      if (entry.changes && Object.keys(entry.changes).length) {
        $$renderer2.push(`<!--[0--><br/><span class="muted">${escape_html(Object.keys(entry.changes).join(", "))}</span>`);
      } else {
        $$renderer2.push("<!--[-1-->");
      }
      $$renderer2.push(`<!--]--></li>`);
    }
    $$renderer2.push(`<!--]--></ol>`);
  });
}
function _page($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { data, form } = $$props;
    const r = derived(() => data.detail.reminder);
    const formErrors = derived(() => (form && "errors" in form ? form.errors : {}) ?? {});
    head("rpew8f", $$renderer2, ($$renderer3) => {
      $$renderer3.title(($$renderer4) => {
        $$renderer4.push(`<title>${escape_html(r().shortDescription)} · ${escape_html(app_name())}</title>`);
      });
    });
    $$renderer2.push(`<h1>${escape_html(r().shortDescription)}</h1> `);
    if (page.url.searchParams.has("cree")) {
      $$renderer2.push(`<!--[0--><p class="notice ok" role="status">${escape_html(reminders_created())}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> `);
    if (form && "done" in form) {
      $$renderer2.push(`<!--[0--><p class="notice ok" role="status">${escape_html(form.done)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> `);
    FormError($$renderer2, { message: formErrors()._form });
    $$renderer2.push(`<!----> <div class="card"><p><span class="pill" data-testid="status">${escape_html(statusLabel(r().status))}</span> `);
    if (r().requiresValidation) {
      $$renderer2.push(`<!--[0--><span class="pill">${escape_html(reminders_requires_validation())}</span>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> `);
    if (r().keep) {
      $$renderer2.push(`<!--[0--><span class="pill">${escape_html(reminders_keep())}</span>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> `);
    if (r().immediate) {
      $$renderer2.push(`<!--[0--><span class="pill warn">${escape_html(reminders_immediate())}</span>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--></p> <p>${escape_html(reminders_debtor())} : <a${attr("href", `/debiteurs/${stringify(r().debtorId)}`)}>${escape_html(data.detail.debtorName)}</a></p> <p>${escape_html(reminders_send_date())} : <strong>${escape_html(formatDate(r().sendDate))}</strong></p> `);
    if (data.detail.groupName) {
      $$renderer2.push(`<!--[0--><p>${escape_html(reminders_group())} : ${escape_html(data.detail.groupName)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> `);
    if (r().description) {
      $$renderer2.push(`<!--[0--><p>${escape_html(r().description)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> `);
    if (r().statusReason) {
      $$renderer2.push(`<!--[0--><p class="muted">${escape_html(r().statusReason)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> `);
    if (data.detail.createdByName) {
      $$renderer2.push(`<!--[0--><p class="muted">${escape_html(reminders_created_by({ name: data.detail.createdByName }))}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> <p>${escape_html(reminders_recipients())} : <!--[-->`);
    const each_array = ensure_array_like(data.detail.recipients);
    for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
      let x = each_array[$$index];
      $$renderer2.push(`<span class="pill">${escape_html(x.contact.firstName)} ${escape_html(x.contact.lastName)} — ${escape_html(x.channels.map(channelLabel).join(", "))}</span>`);
    }
    $$renderer2.push(`<!--]--></p></div> `);
    if (data.can.decide) {
      $$renderer2.push(`<!--[0--><div class="card decide svelte-rpew8f"><form method="POST" action="?/approve"><input type="hidden" name="id"${attr("value", r().id)}/> <input type="hidden" name="version"${attr("value", r().version)}/> <button class="button" type="submit">${escape_html(reminders_approve())}</button></form> <form method="POST" action="?/reject" class="reject svelte-rpew8f"><input type="hidden" name="id"${attr("value", r().id)}/> <input type="hidden" name="version"${attr("value", r().version)}/> <label for="reason">${escape_html(reminders_reject_reason())}</label> <input id="reason" name="reason" maxlength="500"${attr("aria-invalid", formErrors().reason ? "true" : void 0)}/> `);
      if (formErrors().reason) {
        $$renderer2.push(`<!--[0--><p class="error" role="alert">${escape_html(formErrors().reason)}</p>`);
      } else {
        $$renderer2.push("<!--[-1-->");
      }
      $$renderer2.push(`<!--]--> <button class="button danger" type="submit">${escape_html(reminders_reject())}</button></form></div>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> `);
    if (data.can.edit || data.can.submit) {
      $$renderer2.push(`<!--[0--><div class="row-actions svelte-rpew8f">`);
      if (data.can.edit) {
        $$renderer2.push(`<!--[0--><a class="button secondary"${attr("href", `/relances/${stringify(r().id)}/modifier`)}>${escape_html(reminders_edit())}</a>`);
      } else {
        $$renderer2.push("<!--[-1-->");
      }
      $$renderer2.push(`<!--]--> `);
      if (data.can.submit) {
        $$renderer2.push(`<!--[0--><form method="POST" action="?/submit"><input type="hidden" name="id"${attr("value", r().id)}/> <input type="hidden" name="version"${attr("value", r().version)}/> <button class="button" type="submit">${escape_html(reminders_submit_draft())}</button></form>`);
      } else {
        $$renderer2.push("<!--[-1-->");
      }
      $$renderer2.push(`<!--]--> `);
      if (data.can.edit) {
        $$renderer2.push(`<!--[0--><form method="POST" action="?/cancel"><input type="hidden" name="id"${attr("value", r().id)}/> <input type="hidden" name="version"${attr("value", r().version)}/> <button class="button danger" type="submit">${escape_html(reminders_cancel())}</button></form>`);
      } else {
        $$renderer2.push("<!--[-1-->");
      }
      $$renderer2.push(`<!--]--></div>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> <h2>${escape_html(reminders_preview())}</h2> `);
    RecipientPreviews($$renderer2, { previews: data.previews });
    $$renderer2.push(`<!----> `);
    if (data.detail.covered.length) {
      $$renderer2.push(`<!--[0--><h2>${escape_html(reminders_invoices_covered())}</h2> <div class="card"><table><tbody><!--[-->`);
      const each_array_1 = ensure_array_like(data.detail.covered);
      for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
        let invoice = each_array_1[$$index_1];
        $$renderer2.push(`<tr><td>${escape_html(invoice.number)}</td><td>${escape_html(formatDate(invoice.dueDate))}</td><td class="amount">${escape_html(formatMoney(invoice.amountCents - invoice.paidCents))}</td><td>${escape_html(invoice.level)}</td></tr>`);
      }
      $$renderer2.push(`<!--]--></tbody></table></div>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> <h2>${escape_html(reminders_history())}</h2> `);
    History($$renderer2, { entries: data.history });
    $$renderer2.push(`<!---->`);
  });
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-DPZwTs61.js.map
