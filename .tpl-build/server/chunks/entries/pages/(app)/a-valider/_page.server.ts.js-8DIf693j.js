import { l as listPending } from '../../../../chunks/queries.js-BUFl71V8.js';
import { p as previewForRecipients } from '../../../../chunks/lifecycle.js-vGcytFYN.js';
import { d as decisionActions } from '../../../../chunks/decision-actions.js-C6HOD1Za.js';

const load = async ({ locals }) => {
  const organisationId = locals.organisation.id;
  const pending = await listPending(locals.db, organisationId);
  const items = await Promise.all(
    pending.map(async (reminder) => {
      const [first] = reminder.recipients;
      const [preview] = first ? await previewForRecipients(locals.db, organisationId, reminder.debtorId, reminder.content, [first]) : [];
      return { ...reminder, preview: preview ?? null };
    })
  );
  return { items };
};
const actions = {
  approve: decisionActions.approve,
  reject: decisionActions.reject,
  bulkApprove: decisionActions.bulkApprove,
  bulkReject: decisionActions.bulkReject
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
  __proto__: null,
  actions: actions,
  load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-8DIf693j.js.map
