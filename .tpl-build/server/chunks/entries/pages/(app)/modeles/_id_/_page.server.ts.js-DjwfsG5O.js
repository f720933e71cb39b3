import { O as redirect, C as error } from '../../../../../chunks/utils.js-BmkJLse3.js';
import { f as formError, r as readForm, i as invalid } from '../../../../../chunks/forms.js-Dc3ZRNEr.js';
import { a as templateSchema } from '../../../../../chunks/templates.js-DXltUXkq.js';
import { i as isUuid } from '../../../../../chunks/ids.js-ClD26XtQ.js';
import { g as getTemplate } from '../../../../../chunks/queries3.js-DSBB69Wt.js';
import { p as previewAction, d as deleteTemplate, u as updateTemplate, l as loadEditor } from '../../../../../chunks/editor.js-CyJqQYgx.js';
import { a as canAct } from '../../../../../chunks/permissions.js-B377RYEP.js';
import { e as error_not_found } from '../../../../../chunks/error_not_found.js-CUBvdG1a.js';
import { s as saved } from '../../../../../chunks/saved.js-DUllEWTF.js';

const findTemplate = (locals, id) => isUuid(id) ? getTemplate(locals.db, locals.organisation.id, id) : null;
const load = async ({ locals, params }) => {
  const { id: organisationId, role } = locals.organisation;
  const template = await findTemplate(locals, params.id);
  if (!template) error(404, error_not_found());
  return {
    template,
    canEdit: canAct("/(app)/modeles/[id]", "update", role),
    ...await loadEditor(locals.db, organisationId)
  };
};
const actions = {
  update: async ({ request, locals, params }) => {
    const { data: input, failure, values } = await readForm(request, templateSchema);
    if (failure) return failure;
    const outcome = isUuid(params.id) ? await updateTemplate(locals.db, locals.organisation.id, params.id, input) : { kind: "not_found" };
    if (outcome.kind === "not_found") return formError(404, error_not_found(), values);
    if (outcome.kind === "invalid") return invalid(400, outcome.errors, values);
    return { done: saved() };
  },
  delete: async ({ locals, params }) => {
    const deleted = isUuid(params.id) && await deleteTemplate(locals.db, locals.organisation.id, params.id);
    if (!deleted) return formError(404, error_not_found());
    redirect(303, "/modeles");
  },
  preview: async (event) => await findTemplate(event.locals, event.params.id) ? previewAction(event) : formError(404, error_not_found())
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
  __proto__: null,
  actions: actions,
  load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-DjwfsG5O.js.map
