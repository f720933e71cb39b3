import { r as readForm, i as invalid, f as formError } from '../../../../../chunks/forms.js-Dc3ZRNEr.js';
import { m as memberSchema, a as memberRoleSchema, b as addMemberSchema } from '../../../../../chunks/members.js-MzPsjEzw.js';
import { a as listMembers, c as countAdmins } from '../../../../../chunks/memberships.js-TUsGSZYS.js';
import { and, eq, sql } from 'drizzle-orm';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { m as memberships, s as sessions, u as users } from '../../../../../chunks/reminders.js-1QsuNvTf.js';
import { h as hashPassword } from '../../../../../chunks/passwords.js-CIRqH2Uv.js';
import { g as getLocale } from '../../../../../chunks/runtime.js-CK3d4wQN.js';
import { e as error_not_found } from '../../../../../chunks/error_not_found.js-CUBvdG1a.js';

const fr_users_added_existing = (
  /** @type {(inputs: Users_Added_ExistingInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.email} a rejoint l'organisation.`
    );
  }
);
const en_users_added_existing = (
  /** @type {(inputs: Users_Added_ExistingInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `${i?.email} joined the organisation.`
    );
  }
);
const users_added_existing = (
  /** @type {((inputs: Users_Added_ExistingInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Users_Added_ExistingInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_users_added_existing(inputs);
    return fr_users_added_existing(inputs);
  })
);
const fr_users_already_member = (
  /** @type {(inputs: Users_Already_MemberInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Cette personne est déjà membre de l'organisation.`
    );
  }
);
const en_users_already_member = (
  /** @type {(inputs: Users_Already_MemberInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `This person is already a member of the organisation.`
    );
  }
);
const users_already_member = (
  /** @type {((inputs?: Users_Already_MemberInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Users_Already_MemberInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_users_already_member();
    return fr_users_already_member();
  })
);
const fr_users_created = (
  /** @type {(inputs: Users_CreatedInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Compte créé pour ${i?.email}. Mot de passe provisoire, à transmettre une seule fois : ${i?.password}`
    );
  }
);
const en_users_created = (
  /** @type {(inputs: Users_CreatedInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Account created for ${i?.email}. Temporary password, to pass on once: ${i?.password}`
    );
  }
);
const users_created = (
  /** @type {((inputs: Users_CreatedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Users_CreatedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_users_created(inputs);
    return fr_users_created(inputs);
  })
);
const fr_users_last_admin = (
  /** @type {(inputs: Users_Last_AdminInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `L'organisation doit garder au moins un administrateur.`
    );
  }
);
const en_users_last_admin = (
  /** @type {(inputs: Users_Last_AdminInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `The organisation must keep at least one administrator.`
    );
  }
);
const users_last_admin = (
  /** @type {((inputs?: Users_Last_AdminInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Users_Last_AdminInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_users_last_admin();
    return fr_users_last_admin();
  })
);
const fr_users_removed = (
  /** @type {(inputs: Users_RemovedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Membre retiré.`
    );
  }
);
const en_users_removed = (
  /** @type {(inputs: Users_RemovedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Member removed.`
    );
  }
);
const users_removed = (
  /** @type {((inputs?: Users_RemovedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Users_RemovedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_users_removed();
    return fr_users_removed();
  })
);
const fr_users_role_changed = (
  /** @type {(inputs: Users_Role_ChangedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Rôle modifié.`
    );
  }
);
const en_users_role_changed = (
  /** @type {(inputs: Users_Role_ChangedInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Role changed.`
    );
  }
);
const users_role_changed = (
  /** @type {((inputs?: Users_Role_ChangedInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Users_Role_ChangedInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_users_role_changed();
    return fr_users_role_changed();
  })
);
async function addMember(db, organisationId, input) {
  const email = input.email.trim().toLowerCase();
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email}`);
    if (existing) {
      const inserted = await tx.insert(memberships).values({ userId: existing.id, organisationId, role: input.role }).onConflictDoNothing().returning({ userId: memberships.userId });
      return inserted.length ? { kind: "added", email } : { kind: "already_member" };
    }
    const temporaryPassword = encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(10)));
    const [user] = await tx.insert(users).values({ email, name: input.name, passwordHash: await hashPassword(temporaryPassword) }).returning({ id: users.id });
    await tx.insert(memberships).values({ userId: user.id, organisationId, role: input.role });
    return { kind: "created", email, temporaryPassword };
  });
}
async function changeRole(db, organisationId, userId, role) {
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId))).for("update");
    if (!current) return "not_found";
    if (current.role === "admin" && role !== "admin" && await countAdmins(tx, organisationId) <= 1)
      return "last_admin";
    await tx.update(memberships).set({ role }).where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
    return "ok";
  });
}
async function removeMember(db, organisationId, userId) {
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId))).for("update");
    if (!current) return "not_found";
    if (current.role === "admin" && await countAdmins(tx, organisationId) <= 1) return "last_admin";
    await tx.delete(memberships).where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
    await tx.update(sessions).set({ activeOrganisationId: null }).where(and(eq(sessions.userId, userId), eq(sessions.activeOrganisationId, organisationId)));
    return "ok";
  });
}
const load = async ({ locals }) => ({
  members: await listMembers(locals.db, locals.organisation.id),
  me: locals.user.id
});
function memberChangeResult(outcome, done) {
  if (outcome === "not_found") return formError(404, error_not_found());
  if (outcome === "last_admin") return formError(400, users_last_admin());
  return { done };
}
const actions = {
  add: async ({ request, locals }) => {
    const { data: input, failure } = await readForm(request, addMemberSchema);
    if (failure) return failure;
    const outcome = await addMember(locals.db, locals.organisation.id, input);
    if (outcome.kind === "already_member")
      return invalid(400, { email: users_already_member() }, input);
    if (outcome.kind === "added") return { done: users_added_existing({ email: outcome.email }) };
    return { done: users_created({ email: outcome.email, password: outcome.temporaryPassword }) };
  },
  role: async ({ request, locals }) => {
    const { data: input, failure } = await readForm(request, memberRoleSchema);
    if (failure) return failure;
    const outcome = await changeRole(locals.db, locals.organisation.id, input.userId, input.role);
    return memberChangeResult(outcome, users_role_changed());
  },
  remove: async ({ request, locals }) => {
    const { data: input, failure } = await readForm(request, memberSchema);
    if (failure) return failure;
    const outcome = await removeMember(locals.db, locals.organisation.id, input.userId);
    return memberChangeResult(outcome, users_removed());
  }
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
  __proto__: null,
  actions: actions,
  load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-BZcDGYfb.js.map
