import { a4 as head, a5 as escape_html, a7 as ensure_array_like, a6 as attr, a8 as stringify, _ as derived } from '../../../../chunks/index.js-COLKlL0x.js';
import '../../../../chunks/exports.js-B9Uzt4sy.js';
import '../../../../chunks/utils2.js-ejsMtG81.js';
import '../../../../chunks/utils.js-BmkJLse3.js';
import '../../../../chunks/root.js-Duy9cqKt.js';
import '../../../../chunks/state.svelte.js-BZtVb3pR.js';
import { a as formatDate } from '../../../../chunks/format.js-iD5Wb3O1.js';
import { c as channelLabel } from '../../../../chunks/reminder-labels.js-DAKPtdMd.js';
import { F as FormError } from '../../../../chunks/FormError.js-hJx8zaQ-.js';
import { g as getLocale } from '../../../../chunks/runtime.js-CK3d4wQN.js';
import { r as reminders_reject_reason, a as reminders_created_by, b as reminders_approve, c as reminders_reject } from '../../../../chunks/reminders_reject_reason.js-DXDpJXd3.js';
import { a as app_name } from '../../../../chunks/app_name.js-Ctfp6dIQ.js';

const fr_approvals_empty = (
  /** @type {(inputs: Approvals_EmptyInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Aucune relance n'attend de validation.`
    );
  }
);
const en_approvals_empty = (
  /** @type {(inputs: Approvals_EmptyInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `No reminder awaits approval.`
    );
  }
);
const approvals_empty = (
  /** @type {((inputs?: Approvals_EmptyInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Approvals_EmptyInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_approvals_empty();
    return fr_approvals_empty();
  })
);
const fr_approvals_title = (
  /** @type {(inputs: Approvals_TitleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `À valider`
    );
  }
);
const en_approvals_title = (
  /** @type {(inputs: Approvals_TitleInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `To approve`
    );
  }
);
const approvals_title = (
  /** @type {((inputs?: Approvals_TitleInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Approvals_TitleInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_approvals_title();
    return fr_approvals_title();
  })
);
const fr_reminders_bulk_approve = (
  /** @type {(inputs: Reminders_Bulk_ApproveInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Valider la sélection`
    );
  }
);
const en_reminders_bulk_approve = (
  /** @type {(inputs: Reminders_Bulk_ApproveInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Approve the selection`
    );
  }
);
const reminders_bulk_approve = (
  /** @type {((inputs?: Reminders_Bulk_ApproveInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Bulk_ApproveInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_bulk_approve();
    return fr_reminders_bulk_approve();
  })
);
const fr_reminders_bulk_reject = (
  /** @type {(inputs: Reminders_Bulk_RejectInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Rejeter la sélection`
    );
  }
);
const en_reminders_bulk_reject = (
  /** @type {(inputs: Reminders_Bulk_RejectInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Reject the selection`
    );
  }
);
const reminders_bulk_reject = (
  /** @type {((inputs?: Reminders_Bulk_RejectInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Bulk_RejectInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_bulk_reject();
    return fr_reminders_bulk_reject();
  })
);
const fr_reminders_select = (
  /** @type {(inputs: Reminders_SelectInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Sélectionner`
    );
  }
);
const en_reminders_select = (
  /** @type {(inputs: Reminders_SelectInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Select`
    );
  }
);
const reminders_select = (
  /** @type {((inputs?: Reminders_SelectInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_SelectInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_select();
    return fr_reminders_select();
  })
);
const fr_reminders_select_all = (
  /** @type {(inputs: Reminders_Select_AllInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Tout sélectionner`
    );
  }
);
const en_reminders_select_all = (
  /** @type {(inputs: Reminders_Select_AllInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Select all`
    );
  }
);
const reminders_select_all = (
  /** @type {((inputs?: Reminders_Select_AllInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Select_AllInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_select_all();
    return fr_reminders_select_all();
  })
);
function _page($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { data, form } = $$props;
    const formErrors = derived(() => (form && "errors" in form ? form.errors : {}) ?? {});
    let selected = [];
    const all = derived(() => data.items.map((i) => `${i.id}:${i.version}`));
    head("d81451", $$renderer2, ($$renderer3) => {
      $$renderer3.title(($$renderer4) => {
        $$renderer4.push(`<title>${escape_html(approvals_title())} · ${escape_html(app_name())}</title>`);
      });
    });
    $$renderer2.push(`<h1>${escape_html(approvals_title())}</h1> `);
    if (form && "done" in form) {
      $$renderer2.push(`<!--[0--><p class="notice ok" role="status">${escape_html(form.done)}</p>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> `);
    if (form && "refused" in form && form.refused?.length) {
      $$renderer2.push(`<!--[0--><ul class="notice bad"><!--[-->`);
      const each_array = ensure_array_like(form.refused);
      for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
        let r = each_array[$$index];
        $$renderer2.push(`<li>${escape_html(r.message)}</li>`);
      }
      $$renderer2.push(`<!--]--></ul>`);
    } else {
      $$renderer2.push("<!--[-1-->");
    }
    $$renderer2.push(`<!--]--> `);
    FormError($$renderer2, {
      message: formErrors()._form ?? formErrors().selected ?? formErrors().reason
    });
    $$renderer2.push(`<!----> `);
    if (data.items.length === 0) {
      $$renderer2.push(`<!--[0--><p class="card empty">${escape_html(approvals_empty())}</p>`);
    } else {
      $$renderer2.push(`<!--[-1--><form method="POST" id="bulk" class="card bulk"><label class="select-all svelte-d81451"><input type="checkbox"${attr("checked", selected.length === all().length, true)} class="svelte-d81451"/> ${escape_html(reminders_select_all())}</label> <div class="bulk-actions svelte-d81451"><button class="button" type="submit" formaction="?/bulkApprove">${escape_html(reminders_bulk_approve())}</button> <label class="visually-hidden" for="bulk-reason">${escape_html(reminders_reject_reason())}</label> <input id="bulk-reason" name="reason"${attr("placeholder", reminders_reject_reason())} maxlength="500" class="svelte-d81451"/> <button class="button danger" type="submit" formaction="?/bulkReject">${escape_html(reminders_bulk_reject())}</button></div></form> <ul class="items svelte-d81451"><!--[-->`);
      const each_array_1 = ensure_array_like(data.items);
      for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
        let item = each_array_1[$$index_1];
        $$renderer2.push(`<li class="card item svelte-d81451" data-testid="pending"><label class="pick svelte-d81451"><input type="checkbox" form="bulk" name="selected"${attr("value", `${stringify(item.id)}:${stringify(item.version)}`)}${attr("checked", selected.includes(`${stringify(item.id)}:${stringify(item.version)}`), true)} class="svelte-d81451"/> <span class="visually-hidden">${escape_html(reminders_select())} ${escape_html(item.shortDescription)}</span></label> <div class="body svelte-d81451"><a${attr("href", `/relances/${stringify(item.id)}`)}><strong>${escape_html(item.shortDescription)}</strong></a> <p class="muted">${escape_html(item.debtorName)} · ${escape_html(formatDate(item.sendDate))}`);
        if (item.createdByName) {
          $$renderer2.push(`<!--[0-->· ${escape_html(reminders_created_by({ name: item.createdByName }))}`);
        } else {
          $$renderer2.push("<!--[-1-->");
        }
        $$renderer2.push(`<!--]--></p> `);
        if (item.preview?.rendered) {
          $$renderer2.push("<!--[0-->");
          const channel = item.preview.channels[0];
          $$renderer2.push(`<p class="muted">${escape_html(channelLabel(channel))} — ${escape_html(item.preview.name)}</p> <pre class="svelte-d81451">${escape_html(channel === "email" ? `${item.preview.rendered.emailSubject}

${item.preview.rendered.emailText}` : channel === "sms" ? item.preview.rendered.smsText : item.preview.rendered.letterText)}</pre>`);
        } else {
          $$renderer2.push("<!--[-1-->");
        }
        $$renderer2.push(`<!--]--> <div class="decide svelte-d81451"><form method="POST" action="?/approve"><input type="hidden" name="id"${attr("value", item.id)}/> <input type="hidden" name="version"${attr("value", item.version)}/> <button class="button" type="submit">${escape_html(reminders_approve())}</button></form> <form method="POST" action="?/reject" class="reject svelte-d81451"><input type="hidden" name="id"${attr("value", item.id)}/> <input type="hidden" name="version"${attr("value", item.version)}/> <label class="visually-hidden"${attr("for", `reason-${stringify(item.id)}`)}>${escape_html(reminders_reject_reason())}</label> <input${attr("id", `reason-${stringify(item.id)}`)} name="reason"${attr("placeholder", reminders_reject_reason())} maxlength="500"/> <button class="button danger" type="submit">${escape_html(reminders_reject())}</button></form></div></div></li>`);
      }
      $$renderer2.push(`<!--]--></ul>`);
    }
    $$renderer2.push(`<!--]-->`);
  });
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-JubtrOPS.js.map
