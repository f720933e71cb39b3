import { O as redirect } from '../../../../chunks/utils.js-BmkJLse3.js';
import { a as invalidateSession } from '../../../../chunks/sessions.js-66C3_QJz.js';
import { d as deleteSessionCookie } from '../../../../chunks/cookies.js-BGHUYb7P.js';

const load = () => redirect(303, "/");
const actions = {
  default: async ({ locals, cookies, url }) => {
    if (locals.session) await invalidateSession(locals.db, locals.session.id);
    deleteSessionCookie(cookies, url);
    redirect(303, "/login");
  }
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
  __proto__: null,
  actions: actions,
  load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-C3F_o_iA.js.map
