import { C as error } from '../../../../../chunks/utils.js-BmkJLse3.js';
import { i as isUuid } from '../../../../../chunks/ids.js-ClD26XtQ.js';
import { g as getReminder } from '../../../../../chunks/queries.js-BUFl71V8.js';
import { a as listReminderHistory } from '../../../../../chunks/history.js-B574EGaj.js';
import { p as previewForRecipients, i as isEditable } from '../../../../../chunks/lifecycle.js-vGcytFYN.js';
import { d as decisionActions } from '../../../../../chunks/decision-actions.js-C6HOD1Za.js';
import { e as error_not_found } from '../../../../../chunks/error_not_found.js-CUBvdG1a.js';

const load = async ({ locals, params }) => {
  const organisationId = locals.organisation.id;
  const detail = isUuid(params.id) ? await getReminder(locals.db, organisationId, params.id) : null;
  if (!detail) error(404, error_not_found());
  const r = detail.reminder;
  const [history, previews] = await Promise.all([
    listReminderHistory(locals.db, organisationId, r.id),
    previewForRecipients(
      locals.db,
      organisationId,
      r.debtorId,
      r.content,
      detail.recipients.map((x) => ({ contactId: x.contact.id, channels: x.channels }))
    )
  ]);
  const role = locals.organisation.role;
  return {
    detail,
    history,
    previews,
    can: {
      decide: r.status === "pending_validation" && (role === "admin" || role === "approver"),
      edit: isEditable(r.status) && (role === "admin" || role === "manager"),
      submit: r.status === "draft" && (role === "admin" || role === "manager")
    }
  };
};
const actions = {
  approve: decisionActions.approve,
  reject: decisionActions.reject,
  cancel: decisionActions.cancel,
  submit: decisionActions.submit
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
  __proto__: null,
  actions: actions,
  load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-CW532g91.js.map
