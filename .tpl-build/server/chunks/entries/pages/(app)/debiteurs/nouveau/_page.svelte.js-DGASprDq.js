import { a4 as head, a5 as escape_html } from '../../../../../chunks/index.js-COLKlL0x.js';
import { D as DebtorForm } from '../../../../../chunks/DebtorForm.js-CRNCaQMk.js';
import { d as debtors_title } from '../../../../../chunks/debtors_title.js-B5qDqjjS.js';
import { d as debtors_new } from '../../../../../chunks/debtors_new.js-H0TENz57.js';
import { g as getLocale } from '../../../../../chunks/runtime.js-CK3d4wQN.js';
import { a as app_name } from '../../../../../chunks/app_name.js-Ctfp6dIQ.js';
import '../../../../../chunks/utils.js-BmkJLse3.js';
import '../../../../../chunks/utils2.js-ejsMtG81.js';
import '../../../../../chunks/exports.js-B9Uzt4sy.js';
import '../../../../../chunks/root.js-Duy9cqKt.js';
import '../../../../../chunks/state.svelte.js-BZtVb3pR.js';
import '../../../../../chunks/Field.js-BWvlJ_cu.js';
import '../../../../../chunks/FormError.js-hJx8zaQ-.js';
import '../../../../../chunks/zod-messages.js-Dlwf9NDY.js';
import 'zod';
import 'zod/v4/locales';
import '../../../../../chunks/debtors.js-CoyJEW0s.js';
import '../../../../../chunks/error_date.js-CxrjOK98.js';
import '../../../../../chunks/Checkbox.js-CzBTU9n8.js';
import '../../../../../chunks/debtors_groups.js-3iLZn_Lx.js';
import '../../../../../chunks/groups_none.js-D8KKXww5.js';

const fr_debtors_create_submit = (
  /** @type {(inputs: Debtors_Create_SubmitInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Créer le débiteur`
    );
  }
);
const en_debtors_create_submit = (
  /** @type {(inputs: Debtors_Create_SubmitInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Create debtor`
    );
  }
);
const debtors_create_submit = (
  /** @type {((inputs?: Debtors_Create_SubmitInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Debtors_Create_SubmitInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_debtors_create_submit();
    return fr_debtors_create_submit();
  })
);
function _page($$renderer, $$props) {
  $$renderer.component(($$renderer2) => {
    let { data, form } = $$props;
    head("e1dbwr", $$renderer2, ($$renderer3) => {
      $$renderer3.title(($$renderer4) => {
        $$renderer4.push(`<title>${escape_html(debtors_new())} · ${escape_html(app_name())}</title>`);
      });
    });
    $$renderer2.push(`<p><a href="/debiteurs">← ${escape_html(debtors_title())}</a></p> <h1>${escape_html(debtors_new())}</h1> <div class="card">`);
    DebtorForm($$renderer2, {
      groups: data.groups,
      initial: {},
      form,
      submitLabel: debtors_create_submit()
    });
    $$renderer2.push(`<!----></div>`);
  });
}

export { _page as default };
//# sourceMappingURL=_page.svelte.js-DGASprDq.js.map
