import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase, encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { eq, and, ne } from 'drizzle-orm';
import { u as users, s as sessions } from './reminders.js-1QsuNvTf.js';

const SESSION_COOKIE = "relance_session";
const DAY_MS = 24 * 60 * 60 * 1e3;
const SESSION_LIFETIME_MS = 30 * DAY_MS;
const RENEW_BEFORE_MS = 15 * DAY_MS;
function generateSessionToken() {
  return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(20)));
}
function sessionIdFromToken(token) {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}
async function createSession(db, token, userId, activeOrganisationId) {
  const [session] = await db.insert(sessions).values({
    id: sessionIdFromToken(token),
    userId,
    activeOrganisationId,
    expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS)
  }).returning();
  return session;
}
async function validateSessionToken(db, token) {
  const id = sessionIdFromToken(token);
  const [row] = await db.select({
    session: sessions,
    user: { id: users.id, email: users.email, name: users.name, locale: users.locale }
  }).from(sessions).innerJoin(users, eq(sessions.userId, users.id)).where(eq(sessions.id, id));
  if (!row) return { session: null, user: null };
  const now = Date.now();
  if (now >= row.session.expiresAt.getTime()) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return { session: null, user: null };
  }
  if (row.session.expiresAt.getTime() - now < RENEW_BEFORE_MS) {
    row.session.expiresAt = new Date(now + SESSION_LIFETIME_MS);
    await db.update(sessions).set({ expiresAt: row.session.expiresAt }).where(eq(sessions.id, id));
  }
  return row;
}
async function invalidateSession(db, sessionId) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}
async function invalidateOtherSessions(db, userId, keepSessionId) {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)));
}

export { SESSION_COOKIE as S, invalidateSession as a, createSession as c, generateSessionToken as g, invalidateOtherSessions as i, validateSessionToken as v };
//# sourceMappingURL=sessions.js-66C3_QJz.js.map
