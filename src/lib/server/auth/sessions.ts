import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db';
import { memberships, organisations, sessions, twoFactor, users } from '../db/schema';
import { preparedPerDatabase } from '../db/prepared';
import type { ActiveOrganisation } from './memberships';

/** The session scheme of Lucia's guide: random token in the cookie, only its hash stored. */
export const SESSION_COOKIE = 'relance_session';
const DAY_MS = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 30 * DAY_MS;
/** Past half its life, a used session is extended: it expires after 30 idle days, never while in use. */
const RENEW_BEFORE_MS = 15 * DAY_MS;

export type SessionUser = Pick<typeof users.$inferSelect, 'id' | 'email' | 'name' | 'locale' | 'isInstanceAdmin'> & {
	/** Whether a second factor is on: an organisation may require it of its admins. */
	twoFactor: boolean;
};
export type Session = typeof sessions.$inferSelect;
export type SessionValidation =
	| { session: Session; user: SessionUser; organisations: ActiveOrganisation[]; renewed: boolean }
	| { session: null; user: null; organisations: []; renewed: false };

export function generateSessionToken(): string {
	return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(20)));
}

export function sessionIdFromToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function createSession(
	db: DbOrTx,
	token: string,
	userId: string,
	activeOrganisationId: string | null
): Promise<Session> {
	const [session] = await db
		.insert(sessions)
		.values({
			id: sessionIdFromToken(token),
			userId,
			activeOrganisationId,
			expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS)
		})
		.returning();
	return session;
}

export type NewSession = { token: string; expiresAt: Date };

/** A fresh token for a person who just proved who he is: a token planted before (fixation) is never promoted. */
export async function startSession(
	db: DbOrTx,
	userId: string,
	activeOrganisationId: string | null
): Promise<NewSession> {
	const token = generateSessionToken();
	const session = await createSession(db, token, userId, activeOrganisationId);
	return { token, expiresAt: session.expiresAt };
}

/**
 * The session, its user and the organisations he belongs to (by name), in one query: every
 * request of a signed-in person starts here, and a round trip less is felt on each. The
 * organisations are listUserOrganisations' list, written inline to ride the same round trip.
 */
const sessionStatement = preparedPerDatabase((db) =>
	db
		.select({
			session: sessions,
			user: {
				id: users.id,
				email: users.email,
				name: users.name,
				locale: users.locale,
				isInstanceAdmin: users.isInstanceAdmin,
				twoFactor: sql<boolean>`exists(select 1 from ${twoFactor} where ${twoFactor.userId} = ${users.id} and ${twoFactor.enabledAt} is not null)`
			},
			organisations: sql<ActiveOrganisation[]>`coalesce((
				select json_agg(json_build_object('id', ${organisations.id}, 'name', ${organisations.name}, 'role', ${memberships.role}, 'suspended', ${organisations.suspendedAt} is not null, 'requireAdminTwoFactor', ${organisations.requireAdminTwoFactor}) order by ${organisations.name}, ${organisations.id})
				from ${memberships} join ${organisations} on ${organisations.id} = ${memberships.organisationId}
				where ${memberships.userId} = ${users.id}), '[]'::json)`
		})
		.from(sessions)
		.innerJoin(users, eq(sessions.userId, users.id))
		.where(eq(sessions.id, sql.placeholder('id')))
		.prepare('session')
);

export async function validateSessionToken(db: Db, token: string): Promise<SessionValidation> {
	const id = sessionIdFromToken(token);
	const [row] = await sessionStatement(db).execute({ id });
	if (!row) return { session: null, user: null, organisations: [], renewed: false };
	const now = Date.now();
	if (now >= row.session.expiresAt.getTime()) {
		await db.delete(sessions).where(eq(sessions.id, id));
		return { session: null, user: null, organisations: [], renewed: false };
	}
	const renewed = row.session.expiresAt.getTime() - now < RENEW_BEFORE_MS;
	if (renewed) {
		row.session.expiresAt = new Date(now + SESSION_LIFETIME_MS);
		await db.update(sessions).set({ expiresAt: row.session.expiresAt }).where(eq(sessions.id, id));
	}
	return { ...row, renewed };
}

export async function invalidateSession(db: DbOrTx, sessionId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function invalidateAllSessions(db: DbOrTx, userId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function invalidateOtherSessions(db: DbOrTx, userId: string, keepSessionId: string): Promise<void> {
	await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)));
}
