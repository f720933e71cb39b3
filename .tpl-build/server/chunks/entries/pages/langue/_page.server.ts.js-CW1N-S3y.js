import { O as redirect } from '../../../chunks/utils.js-BmkJLse3.js';
import { eq } from 'drizzle-orm';
import { r as readForm } from '../../../chunks/forms.js-Dc3ZRNEr.js';
import { l as localeSchema } from '../../../chunks/members.js-MzPsjEzw.js';
import { f as cookieName } from '../../../chunks/runtime.js-CK3d4wQN.js';
import { s as safeRedirectTarget } from '../../../chunks/home.js-D7HJ4G1J.js';
import { u as users } from '../../../chunks/reminders.js-1QsuNvTf.js';

const load = () => redirect(303, "/");
const actions = {
  default: async ({ request, cookies, locals }) => {
    const { data: input, failure } = await readForm(request, localeSchema);
    if (failure) return failure;
    cookies.set(cookieName, input.locale, {
      path: "/",
      httpOnly: false,
      sameSite: "lax",
      maxAge: 60 * 60 * 24 * 400
    });
    if (locals.user) await locals.db.update(users).set({ locale: input.locale }).where(eq(users.id, locals.user.id));
    redirect(303, safeRedirectTarget(input.redirectTo, "/"));
  }
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
  __proto__: null,
  actions: actions,
  load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-CW1N-S3y.js.map
