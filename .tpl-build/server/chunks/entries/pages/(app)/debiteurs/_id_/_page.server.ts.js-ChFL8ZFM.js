import { C as error } from '../../../../../chunks/utils.js-BmkJLse3.js';
import { g as getDebtor } from '../../../../../chunks/queries2.js-lUfnGTk8.js';
import { l as listDebtorHistory } from '../../../../../chunks/history.js-B574EGaj.js';
import { k as keepEmail, u as useEmailSuggestion } from '../../../../../chunks/contacts.js-I40xHvQh.js';
import { c as canView, a as canAct } from '../../../../../chunks/permissions.js-B377RYEP.js';
import { r as readForm, f as formError } from '../../../../../chunks/forms.js-Dc3ZRNEr.js';
import { f as formatMobile, c as contactIdSchema } from '../../../../../chunks/contacts2.js-BGxyN4R2.js';
import { i as isUuid } from '../../../../../chunks/ids.js-ClD26XtQ.js';
import { e as error_not_found } from '../../../../../chunks/error_not_found.js-CUBvdG1a.js';
import { g as getLocale } from '../../../../../chunks/runtime.js-CK3d4wQN.js';
import { s as saved } from '../../../../../chunks/saved.js-DUllEWTF.js';

const fr_contacts_no_suggestion = (
  /** @type {(inputs: Contacts_No_SuggestionInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Aucune correction n'est proposée pour cette adresse.`
    );
  }
);
const en_contacts_no_suggestion = (
  /** @type {(inputs: Contacts_No_SuggestionInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `No correction is suggested for this address.`
    );
  }
);
const contacts_no_suggestion = (
  /** @type {((inputs?: Contacts_No_SuggestionInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_No_SuggestionInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_no_suggestion();
    return fr_contacts_no_suggestion();
  })
);
const load = async ({ locals, params }) => {
  const { id: organisationId, role } = locals.organisation;
  const debtor = isUuid(params.id) ? await getDebtor(locals.db, organisationId, params.id) : null;
  if (!debtor) error(404, error_not_found());
  return {
    debtor: {
      ...debtor,
      contacts: debtor.contacts.map((c) => ({ ...c, mobilePhoneDisplay: c.mobilePhone && formatMobile(c.mobilePhone) }))
    },
    history: await listDebtorHistory(locals.db, organisationId, debtor.id),
    canEdit: canView("/(app)/debiteurs/[id]/modifier", role),
    canFixEmails: canAct("/(app)/debiteurs/[id]", "keepEmail", role),
    canRemind: canView("/(app)/relances/nouvelle", role),
    canOpenReminders: canView("/(app)/relances/[id]", role)
  };
};
function emailFixResult(outcome) {
  if (outcome === "not_found") return formError(404, error_not_found());
  if (outcome === "no_suggestion") return formError(400, contacts_no_suggestion());
  return { done: saved() };
}
const actions = {
  useSuggestion: async ({ request, locals, params }) => {
    const { data: input, failure } = await readForm(request, contactIdSchema);
    if (failure) return failure;
    return emailFixResult(await useEmailSuggestion(locals.db, locals.organisation.id, params.id, input.contactId));
  },
  keepEmail: async ({ request, locals, params }) => {
    const { data: input, failure } = await readForm(request, contactIdSchema);
    if (failure) return failure;
    return emailFixResult(await keepEmail(locals.db, locals.organisation.id, params.id, input.contactId));
  }
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
  __proto__: null,
  actions: actions,
  load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-ChFL8ZFM.js.map
