import { O as redirect } from '../../../../../chunks/utils.js-BmkJLse3.js';
import { r as readForm, i as invalid } from '../../../../../chunks/forms.js-Dc3ZRNEr.js';
import { a as templateSchema } from '../../../../../chunks/templates.js-DXltUXkq.js';
import { p as previewAction, c as createTemplate, l as loadEditor } from '../../../../../chunks/editor.js-CyJqQYgx.js';

const load = ({ locals }) => loadEditor(locals.db, locals.organisation.id);
const actions = {
  create: async ({ request, locals }) => {
    const { data: input, failure, values } = await readForm(request, templateSchema);
    if (failure) return failure;
    const outcome = await createTemplate(locals.db, locals.organisation.id, input);
    if (outcome.kind === "invalid") return invalid(400, outcome.errors, values);
    redirect(303, `/modeles/${outcome.id}`);
  },
  preview: previewAction
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
  __proto__: null,
  actions: actions,
  load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-C2NqyMz4.js.map
