import { O as redirect } from '../../../../../../chunks/utils.js-BmkJLse3.js';
import { r as readForm } from '../../../../../../chunks/forms.js-Dc3ZRNEr.js';
import { d as debtorSchema } from '../../../../../../chunks/debtors.js-CoyJEW0s.js';
import { u as updateDebtor, d as debtorRefusal } from '../../../../../../chunks/refusals.js-B2hLJlNh.js';
import { l as listGroups } from '../../../../../../chunks/groups.js-CkRfPCas.js';
import { d as debtorOr404 } from '../../../../../../chunks/guard.js-BvfwwNfJ.js';

const load = async ({ locals, params }) => {
  const organisationId = locals.organisation.id;
  const [debtor, groups] = await Promise.all([
    debtorOr404(locals.db, organisationId, params.id),
    listGroups(locals.db, organisationId)
  ]);
  return { debtor, groups };
};
const actions = {
  default: async ({ request, locals, params }) => {
    const { data: input, failure, values } = await readForm(request, debtorSchema);
    if (failure) return failure;
    const outcome = await updateDebtor(locals.db, locals.organisation.id, params.id, input);
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
//# sourceMappingURL=_page.server.ts.js-B09w1uRH.js.map
