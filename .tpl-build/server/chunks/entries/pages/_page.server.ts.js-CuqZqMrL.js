import { O as redirect } from '../../chunks/utils.js-BmkJLse3.js';
import { h as homeFor } from '../../chunks/home.js-D7HJ4G1J.js';

const load = ({ locals }) => {
  redirect(303, homeFor(locals.organisation?.role ?? null));
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
  __proto__: null,
  load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-CuqZqMrL.js.map
