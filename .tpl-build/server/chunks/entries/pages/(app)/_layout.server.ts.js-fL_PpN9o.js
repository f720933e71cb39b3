import { C as error } from '../../../chunks/utils.js-BmkJLse3.js';
import { N as NAV_ITEMS } from '../../../chunks/navigation.js-DbeohZ6Y.js';
import { c as canView } from '../../../chunks/permissions.js-B377RYEP.js';
import { l as listUserOrganisations } from '../../../chunks/memberships.js-TUsGSZYS.js';
import { l as login_no_organisation } from '../../../chunks/login_no_organisation.js-C3K5bHEg.js';

const load = async ({ locals }) => {
  const { user, organisation } = locals;
  if (!user || !organisation) error(403, login_no_organisation());
  return {
    user: { name: user.name, email: user.email },
    organisation,
    organisations: await listUserOrganisations(locals.db, user.id),
    nav: NAV_ITEMS.filter((item) => canView(item.routeId, organisation.role)).map((item) => item.href)
  };
};

var _layout_server_ts = /*#__PURE__*/Object.freeze({
  __proto__: null,
  load: load
});

export { _layout_server_ts as _ };
//# sourceMappingURL=_layout.server.ts.js-fL_PpN9o.js.map
