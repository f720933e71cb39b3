import { r as readForm, i as invalid } from '../../../../chunks/forms.js-Dc3ZRNEr.js';
import { p as passwordChangeSchema } from '../../../../chunks/auth.js-DCKdo3ao.js';
import { eq } from 'drizzle-orm';
import { u as users } from '../../../../chunks/reminders.js-1QsuNvTf.js';
import { v as verifyPassword, h as hashPassword } from '../../../../chunks/passwords.js-CIRqH2Uv.js';
import { i as invalidateOtherSessions } from '../../../../chunks/sessions.js-66C3_QJz.js';
import { g as getLocale } from '../../../../chunks/runtime.js-CK3d4wQN.js';

const fr_password_changed = (
  /** @type {(inputs: Password_ChangedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Mot de passe changé. Vos autres sessions ont été fermées.`
    );
  }
);
const en_password_changed = (
  /** @type {(inputs: Password_ChangedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Password changed. Your other sessions were closed.`
    );
  }
);
const password_changed = (
  /** @type {((inputs?: Password_ChangedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Password_ChangedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_password_changed();
    return fr_password_changed();
  })
);
const fr_password_wrong_current = (
  /** @type {(inputs: Password_Wrong_CurrentInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Le mot de passe actuel est incorrect.`
    );
  }
);
const en_password_wrong_current = (
  /** @type {(inputs: Password_Wrong_CurrentInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `The current password is wrong.`
    );
  }
);
const password_wrong_current = (
  /** @type {((inputs?: Password_Wrong_CurrentInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Password_Wrong_CurrentInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_password_wrong_current();
    return fr_password_wrong_current();
  })
);
async function changePassword(db, userId, sessionId, current, next) {
  const [user] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!user || !await verifyPassword(user.hash, current)) return "wrong_current";
  const passwordHash = await hashPassword(next);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
    await invalidateOtherSessions(tx, userId, sessionId);
  });
  return "ok";
}
const actions = {
  password: async ({ request, locals }) => {
    const { data: input, failure } = await readForm(request, passwordChangeSchema);
    if (failure) return failure;
    const outcome = await changePassword(
      locals.db,
      locals.user.id,
      locals.session.id,
      input.currentPassword,
      input.password
    );
    if (outcome === "wrong_current")
      return invalid(400, { currentPassword: password_wrong_current() });
    return { done: password_changed() };
  }
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
  __proto__: null,
  actions: actions
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-Dbua-aCK.js.map
