import { a4 as head, a6 as attr, a8 as stringify, a5 as escape_html, _ as derived } from '../../../../../../chunks/index.js-COLKlL0x.js';
import { D as DebtorForm } from '../../../../../../chunks/DebtorForm.js-CRNCaQMk.js';
import { d as debtors_edit } from '../../../../../../chunks/debtors_edit.js-CjUYTbpj.js';
import { g as getLocale } from '../../../../../../chunks/runtime.js-CK3d4wQN.js';
import { a as app_name } from '../../../../../../chunks/app_name.js-Ctfp6dIQ.js';
import '../../../../../../chunks/utils.js-BmkJLse3.js';
import '../../../../../../chunks/utils2.js-ejsMtG81.js';
import '../../../../../../chunks/exports.js-B9Uzt4sy.js';
import '../../../../../../chunks/root.js-Duy9cqKt.js';
import '../../../../../../chunks/state.svelte.js-BZtVb3pR.js';
import '../../../../../../chunks/Field.js-BWvlJ_cu.js';
import '../../../../../../chunks/FormError.js-hJx8zaQ-.js';
import '../../../../../../chunks/zod-messages.js-Dlwf9NDY.js';
import 'zod';
import 'zod/v4/locales';
import '../../../../../../chunks/debtors.js-CoyJEW0s.js';
import '../../../../../../chunks/error_date.js-CxrjOK98.js';
import '../../../../../../chunks/Checkbox.js-CzBTU9n8.js';
import '../../../../../../chunks/debtors_groups.js-3iLZn_Lx.js';
import '../../../../../../chunks/groups_none.js-D8KKXww5.js';

const fr_debtors_save = (
  /** @type {(inputs: Debtors_SaveInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Enregistrer`
    );
  }
);
const en_debtors_save = (
  /** @type {(inputs: Debtors_SaveInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Save`
    );
  }
);
const debtors_save = (
  /** @type {((inputs?: Debtors_SaveInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_SaveInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_save();
    return fr_debtors_save();
  })
);
function _page($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { data, form } = $$props;
    const debtor = derived(() => data.debtor);
    head("1lexr4b", $$renderer2, ($$renderer3) => {
      $$renderer3.title(($$renderer4) => {
        $$renderer4.push(`<title>${escape_html(debtors_edit())} · ${escape_html(debtor().name)} · ${escape_html(app_name())}</title>`);
      });
    });
    $$renderer2.push(`<p><a${attr("href", `/debiteurs/${stringify(debtor().id)}`)}>← ${escape_html(debtor().name)}</a></p> <h1>${escape_html(debtors_edit())}</h1> <div class="card">`);
    DebtorForm($$renderer2, {
      groups: data.groups,
      initial: debtor(),
      form,
      submitLabel: debtors_save()
    });
    $$renderer2.push(`<!----></div>`);
  });
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-BL4G0Cd7.js.map
