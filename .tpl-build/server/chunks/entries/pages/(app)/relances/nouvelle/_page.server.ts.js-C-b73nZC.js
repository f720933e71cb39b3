import { O as redirect, C as error } from '../../../../../chunks/utils.js-BmkJLse3.js';
import { r as readForm, i as invalid } from '../../../../../chunks/forms.js-Dc3ZRNEr.js';
import { e as reminderFormSchema } from '../../../../../chunks/reminders2.js-DWGYLsjs.js';
import { i as isUuid } from '../../../../../chunks/ids.js-ClD26XtQ.js';
import { p as previewAction, c as createReminder, l as loadFormContext, g as getTemplateForForm, a as stateForNew } from '../../../../../chunks/form-actions.js-oJBo1CF6.js';
import { g as getLocale } from '../../../../../chunks/runtime.js-CK3d4wQN.js';

const fr_reminders_pick_debtor = (
  /** @type {(inputs: Reminders_Pick_DebtorInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Choisissez d'abord le débiteur depuis sa fiche.`
    );
  }
);
const en_reminders_pick_debtor = (
  /** @type {(inputs: Reminders_Pick_DebtorInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `First choose the debtor from his page.`
    );
  }
);
const reminders_pick_debtor = (
  /** @type {((inputs?: Reminders_Pick_DebtorInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reminders_Pick_DebtorInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_reminders_pick_debtor();
    return fr_reminders_pick_debtor();
  })
);
const load = async ({ locals, url }) => {
  const debtorId = url.searchParams.get("debiteur") ?? "";
  const organisationId = locals.organisation.id;
  const context = isUuid(debtorId) ? await loadFormContext(locals.db, organisationId, debtorId) : null;
  if (!context) error(404, reminders_pick_debtor());
  const templateId = url.searchParams.get("modele") ?? "";
  const template = isUuid(templateId) ? await getTemplateForForm(locals.db, organisationId, templateId) : null;
  return { context, state: stateForNew(context, template) };
};
const actions = {
  save: async ({ request, locals }) => {
    const { data: input, failure, values } = await readForm(request, reminderFormSchema);
    if (failure) return failure;
    const actor = { userId: locals.user.id, organisationId: locals.organisation.id };
    const outcome = await createReminder(locals.db, actor, input);
    if (!outcome.ok) return invalid(outcome.status, outcome.errors, values);
    redirect(303, `/relances/${outcome.id}?cree=1`);
  },
  preview: async ({ request, locals }) => previewAction(locals.db, locals.organisation.id, request)
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
  __proto__: null,
  actions: actions,
  load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-C-b73nZC.js.map
