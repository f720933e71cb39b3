import { O as redirect } from '../../../../../../../chunks/utils.js-BmkJLse3.js';
import { r as readForm, f as formError } from '../../../../../../../chunks/forms.js-Dc3ZRNEr.js';
import { a as contactSchema } from '../../../../../../../chunks/contacts2.js-BGxyN4R2.js';
import { c as createContact } from '../../../../../../../chunks/contacts.js-I40xHvQh.js';
import { d as debtorOr404 } from '../../../../../../../chunks/guard.js-BvfwwNfJ.js';
import { e as error_not_found } from '../../../../../../../chunks/error_not_found.js-CUBvdG1a.js';

const load = async ({ locals, params }) => ({
  debtor: await debtorOr404(locals.db, locals.organisation.id, params.id)
});
const actions = {
  default: async ({ request, locals, params }) => {
    const { data: input, failure } = await readForm(request, contactSchema);
    if (failure) return failure;
    const outcome = await createContact(locals.db, locals.organisation.id, params.id, input);
    if (outcome.kind === "not_found") return formError(404, error_not_found());
    redirect(303, `/debiteurs/${params.id}#contacts`);
  }
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
  __proto__: null,
  actions: actions,
  load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-czIdHqJT.js.map
