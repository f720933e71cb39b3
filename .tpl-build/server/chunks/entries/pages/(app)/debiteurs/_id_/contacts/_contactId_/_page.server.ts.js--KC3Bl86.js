import { O as redirect, C as error } from '../../../../../../../chunks/utils.js-BmkJLse3.js';
import { f as formError, r as readForm } from '../../../../../../../chunks/forms.js-Dc3ZRNEr.js';
import { a as contactSchema } from '../../../../../../../chunks/contacts2.js-BGxyN4R2.js';
import { d as deleteContact, a as updateContact, g as getContact } from '../../../../../../../chunks/contacts.js-I40xHvQh.js';
import { d as debtorOr404 } from '../../../../../../../chunks/guard.js-BvfwwNfJ.js';
import { e as error_not_found } from '../../../../../../../chunks/error_not_found.js-CUBvdG1a.js';
import { g as getLocale } from '../../../../../../../chunks/runtime.js-CK3d4wQN.js';

const fr_contacts_in_pending_reminder = (
  /** @type {(inputs: Contacts_In_Pending_ReminderInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Ce contact est destinataire d'une relance pas encore envoyée : retirez-le d'abord de cette relance.`
    );
  }
);
const en_contacts_in_pending_reminder = (
  /** @type {(inputs: Contacts_In_Pending_ReminderInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `This contact is a recipient of a reminder not sent yet: remove them from that reminder first.`
    );
  }
);
const contacts_in_pending_reminder = (
  /** @type {((inputs?: Contacts_In_Pending_ReminderInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_In_Pending_ReminderInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_contacts_in_pending_reminder();
    return fr_contacts_in_pending_reminder();
  })
);
const load = async ({ locals, params }) => {
  const organisationId = locals.organisation.id;
  const debtor = await debtorOr404(locals.db, organisationId, params.id);
  const contact = await getContact(locals.db, organisationId, debtor.id, params.contactId);
  if (!contact) error(404, error_not_found());
  return { debtor, contact };
};
const actions = {
  save: async ({ request, locals, params }) => {
    const { data: input, failure } = await readForm(request, contactSchema);
    if (failure) return failure;
    const outcome = await updateContact(locals.db, locals.organisation.id, params.id, params.contactId, input);
    if (outcome === "not_found") return formError(404, error_not_found());
    redirect(303, `/debiteurs/${params.id}#contacts`);
  },
  delete: async ({ locals, params }) => {
    const outcome = await deleteContact(locals.db, locals.organisation.id, params.id, params.contactId);
    if (outcome === "not_found") return formError(404, error_not_found());
    if (outcome === "in_pending_reminder") return formError(400, contacts_in_pending_reminder());
    redirect(303, `/debiteurs/${params.id}#contacts`);
  }
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
  __proto__: null,
  actions: actions,
  load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js--KC3Bl86.js.map
