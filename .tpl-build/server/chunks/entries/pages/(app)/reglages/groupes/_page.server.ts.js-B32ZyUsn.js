import { r as readForm, f as formError, i as invalid } from '../../../../../chunks/forms.js-Dc3ZRNEr.js';
import { g as groupIdSchema, a as groupRenameSchema, b as groupSchema } from '../../../../../chunks/debtors.js-CoyJEW0s.js';
import { d as deleteGroup, r as renameGroup, c as createGroup, l as listGroups } from '../../../../../chunks/groups.js-CkRfPCas.js';
import { g as getLocale } from '../../../../../chunks/runtime.js-CK3d4wQN.js';
import { e as error_not_found } from '../../../../../chunks/error_not_found.js-CUBvdG1a.js';

const fr_groups_created = (
  /** @type {(inputs: Groups_CreatedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Groupe créé.`
    );
  }
);
const en_groups_created = (
  /** @type {(inputs: Groups_CreatedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Group created.`
    );
  }
);
const groups_created = (
  /** @type {((inputs?: Groups_CreatedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_CreatedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_groups_created();
    return fr_groups_created();
  })
);
const fr_groups_deleted = (
  /** @type {(inputs: Groups_DeletedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Groupe supprimé.`
    );
  }
);
const en_groups_deleted = (
  /** @type {(inputs: Groups_DeletedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Group deleted.`
    );
  }
);
const groups_deleted = (
  /** @type {((inputs?: Groups_DeletedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_DeletedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_groups_deleted();
    return fr_groups_deleted();
  })
);
const fr_groups_name_taken = (
  /** @type {(inputs: Groups_Name_TakenInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Un groupe porte déjà ce nom.`
    );
  }
);
const en_groups_name_taken = (
  /** @type {(inputs: Groups_Name_TakenInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `A group already has this name.`
    );
  }
);
const groups_name_taken = (
  /** @type {((inputs?: Groups_Name_TakenInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Name_TakenInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_groups_name_taken();
    return fr_groups_name_taken();
  })
);
const fr_groups_renamed = (
  /** @type {(inputs: Groups_RenamedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Groupe renommé.`
    );
  }
);
const en_groups_renamed = (
  /** @type {(inputs: Groups_RenamedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Group renamed.`
    );
  }
);
const groups_renamed = (
  /** @type {((inputs?: Groups_RenamedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_RenamedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_groups_renamed();
    return fr_groups_renamed();
  })
);
const load = async ({ locals }) => ({
  groups: await listGroups(locals.db, locals.organisation.id)
});
function groupResult(outcome, done, values) {
  if (outcome === "not_found") return formError(404, error_not_found());
  if (outcome === "duplicate_name") return invalid(400, { name: groups_name_taken() }, values);
  return { done };
}
const actions = {
  create: async ({ request, locals }) => {
    const { data: input, failure, values } = await readForm(request, groupSchema);
    if (failure) return failure;
    return groupResult(await createGroup(locals.db, locals.organisation.id, input.name), groups_created(), values);
  },
  rename: async ({ request, locals }) => {
    const { data: input, failure, values } = await readForm(request, groupRenameSchema);
    if (failure) return failure;
    const outcome = await renameGroup(locals.db, locals.organisation.id, input.groupId, input.name);
    return groupResult(outcome, groups_renamed(), values);
  },
  delete: async ({ request, locals }) => {
    const { data: input, failure, values } = await readForm(request, groupIdSchema);
    if (failure) return failure;
    return groupResult(await deleteGroup(locals.db, locals.organisation.id, input.groupId), groups_deleted(), values);
  }
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
  __proto__: null,
  actions: actions,
  load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-B32ZyUsn.js.map
