import { O as redirect } from '../../../../../chunks/utils.js-BmkJLse3.js';
import { r as readForm } from '../../../../../chunks/forms.js-Dc3ZRNEr.js';
import { d as debtorSchema } from '../../../../../chunks/debtors.js-CoyJEW0s.js';
import { c as createDebtor, d as debtorRefusal } from '../../../../../chunks/refusals.js-B2hLJlNh.js';
import { l as listGroups } from '../../../../../chunks/groups.js-CkRfPCas.js';

const load = async ({ locals }) => ({
  groups: await listGroups(locals.db, locals.organisation.id)
});
const actions = {
  default: async ({ request, locals }) => {
    const { data: input, failure, values } = await readForm(request, debtorSchema);
    if (failure) return failure;
    const outcome = await createDebtor(locals.db, locals.organisation.id, input);
    if (outcome.kind !== "saved") return debtorRefusal(outcome, values);
    redirect(303, `/debiteurs/${outcome.id}`);
  }
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
  __proto__: null,
  actions: actions,
  load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-DbqiBfTo.js.map
