import { l as listTemplates } from '../../../../chunks/queries3.js-DSBB69Wt.js';
import { c as canView } from '../../../../chunks/permissions.js-B377RYEP.js';

const load = async ({ locals }) => {
  const { id: organisationId, role } = locals.organisation;
  return {
    templates: await listTemplates(locals.db, organisationId),
    canCreate: canView("/(app)/modeles/nouveau", role)
  };
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
  __proto__: null,
  load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-DZiwBg-M.js.map
