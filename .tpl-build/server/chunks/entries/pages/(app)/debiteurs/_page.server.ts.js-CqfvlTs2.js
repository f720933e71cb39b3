import { l as listDebtors } from '../../../../chunks/queries2.js-lUfnGTk8.js';
import { c as canView } from '../../../../chunks/permissions.js-B377RYEP.js';

const load = async ({ locals, url }) => {
  const q = (url.searchParams.get("q") ?? "").slice(0, 100);
  const page = Number.parseInt(url.searchParams.get("page") ?? "1", 10);
  const { id: organisationId, role } = locals.organisation;
  return {
    q,
    canCreate: canView("/(app)/debiteurs/nouveau", role),
    ...await listDebtors(locals.db, organisationId, { q, page: Number.isFinite(page) ? page : 1 })
  };
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
  __proto__: null,
  load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-CqfvlTs2.js.map
