import { O as redirect } from '../../../../chunks/utils.js-BmkJLse3.js';
import { r as readForm, f as formError } from '../../../../chunks/forms.js-Dc3ZRNEr.js';
import { l as loginSchema } from '../../../../chunks/auth.js-DCKdo3ao.js';
import { sql, inArray, eq } from 'drizzle-orm';
import { u as users, l as loginThrottle } from '../../../../chunks/reminders.js-1QsuNvTf.js';
import { v as verifyPassword, a as verifyAgainstNothing } from '../../../../chunks/passwords.js-CIRqH2Uv.js';
import { g as generateSessionToken, c as createSession } from '../../../../chunks/sessions.js-66C3_QJz.js';
import { s as setSessionCookie } from '../../../../chunks/cookies.js-BGHUYb7P.js';
import { r as resolveActiveOrganisation } from '../../../../chunks/memberships.js-TUsGSZYS.js';
import { s as safeRedirectTarget, h as homeFor } from '../../../../chunks/home.js-D7HJ4G1J.js';
import { g as getLocale } from '../../../../chunks/runtime.js-CK3d4wQN.js';
import { l as login_no_organisation } from '../../../../chunks/login_no_organisation.js-C3K5bHEg.js';

const fr_login_invalid = (
  /** @type {(inputs: Login_InvalidInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Adresse e-mail ou mot de passe incorrect.`
    );
  }
);
const en_login_invalid = (
  /** @type {(inputs: Login_InvalidInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Wrong email address or password.`
    );
  }
);
const login_invalid = (
  /** @type {((inputs?: Login_InvalidInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Login_InvalidInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_login_invalid();
    return fr_login_invalid();
  })
);
const fr_login_throttled = (
  /** @type {(inputs: Login_ThrottledInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Trop de tentatives de connexion. Réessayez dans ${i?.minutes} minute(s).`
    );
  }
);
const en_login_throttled = (
  /** @type {(inputs: Login_ThrottledInputs) => LocalizedString} */
  (i) => {
    return (
      /** @type {LocalizedString} */
      `Too many login attempts. Try again in ${i?.minutes} minute(s).`
    );
  }
);
const login_throttled = (
  /** @type {((inputs: Login_ThrottledInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Login_ThrottledInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_login_throttled(inputs);
    return fr_login_throttled(inputs);
  })
);
const POLICY = {
  account: { free: 5, baseSeconds: 30 },
  address: { free: 20, baseSeconds: 30 }
};
const MAX_LOCK_SECONDS = 15 * 60;
const FORGET_AFTER = "1 hour";
function throttleKeys(email, address) {
  return [
    { kind: "account", value: email.trim().toLowerCase() },
    { kind: "address", value: address }
  ];
}
const keyOf = (k) => `${k.kind}:${k.value}`;
async function secondsLocked(db, keys) {
  const rows = await db.select({
    wait: sql`greatest(0, ceil(extract(epoch from (${loginThrottle.lockedUntil} - now()))))::int`
  }).from(loginThrottle).where(inArray(loginThrottle.key, keys.map(keyOf)));
  return Math.max(0, ...rows.map((r) => Number(r.wait ?? 0)));
}
async function recordFailure(db, keys) {
  for (const key of keys) {
    const { free, baseSeconds } = POLICY[key.kind];
    await db.execute(sql`
			insert into login_throttle as t (key, failures, last_failure_at)
			values (${keyOf(key)}, 1, now())
			on conflict (key) do update set
				failures = case when t.last_failure_at < now() - ${FORGET_AFTER}::interval then 1 else t.failures + 1 end,
				last_failure_at = now()
		`);
    await db.execute(sql`
			update login_throttle set locked_until = now() + make_interval(secs =>
				least(${MAX_LOCK_SECONDS}, ${baseSeconds} * power(2, failures - ${free} - 1)))
			where key = ${keyOf(key)} and failures > ${free}
		`);
  }
}
async function clearFailures(db, key) {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, keyOf(key)));
}
async function attemptLogin(db, email, password, address) {
  const keys = throttleKeys(email, address);
  const wait = await secondsLocked(db, keys);
  if (wait > 0) return { ok: false, reason: "throttled", retryAfterSeconds: wait };
  const [user] = await db.select({ id: users.id, passwordHash: users.passwordHash }).from(users).where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`);
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstNothing(password);
  if (!user || !valid) {
    await recordFailure(db, keys);
    return { ok: false, reason: "invalid" };
  }
  await clearFailures(db, keys[0]);
  return { ok: true, userId: user.id };
}
const load = ({ locals, url }) => {
  if (locals.user) redirect(303, safeRedirectTarget(url.searchParams.get("redirectTo"), "/"));
  return { redirectTo: url.searchParams.get("redirectTo") ?? "" };
};
const actions = {
  default: async ({ request, locals, cookies, url, getClientAddress }) => {
    const { data: input, failure } = await readForm(request, loginSchema);
    if (failure) return failure;
    const { email, password, redirectTo } = input;
    const outcome = await attemptLogin(locals.db, email, password, getClientAddress());
    if (!outcome.ok) {
      const message = outcome.reason === "throttled" ? login_throttled({ minutes: Math.ceil(outcome.retryAfterSeconds / 60) }) : login_invalid();
      return formError(outcome.reason === "throttled" ? 429 : 400, message, { email });
    }
    const organisation = await resolveActiveOrganisation(locals.db, outcome.userId, null);
    if (!organisation) return formError(403, login_no_organisation(), { email });
    const token = generateSessionToken();
    const session = await createSession(locals.db, token, outcome.userId, organisation.id);
    setSessionCookie(cookies, url, token, session.expiresAt);
    redirect(303, safeRedirectTarget(redirectTo, homeFor(organisation.role)));
  }
};

var _page_server_ts = /*#__PURE__*/Object.freeze({
  __proto__: null,
  actions: actions,
  load: load
});

export { _page_server_ts as _ };
//# sourceMappingURL=_page.server.ts.js-B_CpTsOF.js.map
