import { a as listReminders } from '../../../../chunks/queries.js-BUFl71V8.js';
import { i as isCalendarDate } from '../../../../chunks/dates.js-AP8tg7EP.js';
import { R as REMINDER_STATUSES } from '../../../../chunks/reminder-labels.js-DAKPtdMd.js';
import { i as isUuid } from '../../../../chunks/ids.js-ClD26XtQ.js';

const load = async ({ locals, url }) => {
  const p = url.searchParams;
  const status = p.get("etat") ?? "";
  const from = p.get("du") ?? "";
  const to = p.get("au") ?? "";
  const debtorId = p.get("debiteur") ?? "";
  const filters = {
    status: REMINDER_STATUSES.includes(status) ? status : void 0,
    from: isCalendarDate(from) ? from : void 0,
    to: isCalendarDate(to) ? to : void 0,
    debtorId: isUuid(debtorId) ? debtorId : void 0,
    q: (p.get("q") ?? "").slice(0, 100) || void 0,
    page: Math.max(1, Number.parseInt(p.get("page") ?? "1", 10) || 1)
  };
  return { filters, ...await listReminders(locals.db, locals.organisation.id, filters) };
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
  __proto__: null,
  load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BZrAPQ7M.js.map
