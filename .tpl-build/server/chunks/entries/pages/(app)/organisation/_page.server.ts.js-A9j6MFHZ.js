import { C as error, O as redirect } from '../../../../chunks/utils.js-BmkJLse3.js';
import { r as readForm } from '../../../../chunks/forms.js-Dc3ZRNEr.js';
import { s as switchOrganisationSchema } from '../../../../chunks/members.js-MzPsjEzw.js';
import { s as switchOrganisation } from '../../../../chunks/memberships.js-TUsGSZYS.js';
import { e as error_not_found } from '../../../../chunks/error_not_found.js-CUBvdG1a.js';

const actions = {
  switch: async ({ request, locals }) => {
    const { data: input, failure } = await readForm(request, switchOrganisationSchema);
    if (failure) return failure;
    const switched = await switchOrganisation(locals.db, locals.session.id, locals.user.id, input.organisationId);
    if (!switched) error(404, error_not_found());
    redirect(303, "/");
  }
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
  __proto__: null,
  actions: actions
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-A9j6MFHZ.js.map
