import { a4 as head, a5 as escape_html, a6 as attr, a8 as stringify, _ as derived } from '../../../../../../chunks/index.js-COLKlL0x.js';
import { R as ReminderForm } from '../../../../../../chunks/ReminderForm.js-D74Oqs3N.js';
import { s as stateFromPost } from '../../../../../../chunks/reminder-form-values.js-DoCcTGl2.js';
import { r as reminders_edit } from '../../../../../../chunks/reminders_edit.js-BEAWEN7n.js';
import { c as reminders_debtor } from '../../../../../../chunks/RecipientPreviews.js-D9veCTr5.js';
import { a as app_name } from '../../../../../../chunks/app_name.js-Ctfp6dIQ.js';
import '../../../../../../chunks/utils.js-BmkJLse3.js';
import '../../../../../../chunks/utils2.js-ejsMtG81.js';
import '../../../../../../chunks/exports.js-B9Uzt4sy.js';
import '../../../../../../chunks/root.js-Duy9cqKt.js';
import '../../../../../../chunks/state.svelte.js-BZtVb3pR.js';
import '../../../../../../chunks/reminders2.js-DWGYLsjs.js';
import '../../../../../../chunks/zod-messages.js-Dlwf9NDY.js';
import 'zod';
import 'zod/v4/locales';
import '../../../../../../chunks/runtime.js-CK3d4wQN.js';
import '../../../../../../chunks/dates.js-AP8tg7EP.js';
import '../../../../../../chunks/error_date.js-CxrjOK98.js';
import '../../../../../../chunks/reminder-labels.js-DAKPtdMd.js';
import '../../../../../../chunks/FormError.js-hJx8zaQ-.js';

function _page($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { data, form } = $$props;
    const values = derived(() => form?.values ? stateFromPost(form.values) : data.state);
    head("e5n3gt", $$renderer2, ($$renderer3) => {
      $$renderer3.title(($$renderer4) => {
        $$renderer4.push(`<title>${escape_html(reminders_edit())} · ${escape_html(app_name())}</title>`);
      });
    });
    $$renderer2.push(`<h1>${escape_html(reminders_edit())}</h1> <p class="muted">${escape_html(reminders_debtor())} : <a${attr("href", `/debiteurs/${stringify(data.context.debtor.id)}`)}>${escape_html(data.context.debtor.name)}</a></p> <div class="card">`);
    ReminderForm($$renderer2, {
      debtorId: data.context.debtor.id,
      contacts: data.context.contacts,
      groups: data.context.groups,
      values: values(),
      today: data.context.today,
      validationLocked: data.validationLocked,
      errors: form?.errors ?? {},
      previews: form && "previews" in form ? form.previews : void 0
    });
    $$renderer2.push(`<!----></div>`);
  });
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-BPWH5nlK.js.map
