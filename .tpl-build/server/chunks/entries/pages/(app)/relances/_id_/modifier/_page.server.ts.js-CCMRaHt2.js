import { C as error, O as redirect } from '../../../../../../chunks/utils.js-BmkJLse3.js';
import { r as readForm, i as invalid } from '../../../../../../chunks/forms.js-Dc3ZRNEr.js';
import { e as reminderFormSchema } from '../../../../../../chunks/reminders2.js-DWGYLsjs.js';
import { i as isUuid } from '../../../../../../chunks/ids.js-ClD26XtQ.js';
import { g as getReminder } from '../../../../../../chunks/queries.js-BUFl71V8.js';
import { p as previewAction, u as updateReminder, l as loadFormContext, s as stateForExisting } from '../../../../../../chunks/form-actions.js-oJBo1CF6.js';
import { i as isEditable } from '../../../../../../chunks/lifecycle.js-vGcytFYN.js';
import { e as error_not_found } from '../../../../../../chunks/error_not_found.js-CUBvdG1a.js';

const load = async ({ locals, params }) => {
  const organisationId = locals.organisation.id;
  const detail = isUuid(params.id) ? await getReminder(locals.db, organisationId, params.id) : null;
  if (!detail) error(404, error_not_found());
  if (!isEditable(detail.reminder.status)) redirect(303, `/relances/${params.id}`);
  const context = await loadFormContext(locals.db, organisationId, detail.reminder.debtorId);
  return { context, state: stateForExisting(detail), validationLocked: detail.reminder.validationLocked, id: params.id };
};
const actions = {
  save: async ({ request, locals, params }) => {
    if (!isUuid(params.id)) error(404, error_not_found());
    const { data: input, failure, values } = await readForm(request, reminderFormSchema);
    if (failure) return failure;
    const actor = { userId: locals.user.id, organisationId: locals.organisation.id };
    const outcome = await updateReminder(locals.db, actor, params.id, input);
    if (!outcome.ok) return invalid(outcome.status, outcome.errors, values);
    redirect(303, `/relances/${outcome.id}`);
  },
  preview: async ({ request, locals }) => previewAction(locals.db, locals.organisation.id, request)
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
  __proto__: null,
  actions: actions,
  load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-CCMRaHt2.js.map
