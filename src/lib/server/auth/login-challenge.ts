import { and, eq, gt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { loginChallenges, users } from '../db/schema';
import { resolveActiveOrganisation } from './memberships';
import { createSession, generateSessionToken, sessionIdFromToken } from './sessions';
import { clearFailures, recordFailure, secondsLocked, throttleKeys } from './throttle';
import { consumeSecondFactor } from './two-factor';
import { homeFor, safeRedirectTarget } from './home';

export const LOGIN_CHALLENGE_COOKIE = 'relance_login_challenge';
/** Where the second step is asked: the cookie goes nowhere else. */
export const LOGIN_CHALLENGE_PATH = '/login';
/** Long enough to find the phone and read a code, short enough that a forgotten tab is worthless. */
const CHALLENGE_LIFETIME_MS = 10 * 60 * 1000;

/**
 * The password was right and a second factor is on: the login waits, under a token of its own,
 * for the code. The person's earlier unfinished logins are dropped, and expired ones of anyone.
 */
export async function startLoginChallenge(
	db: Db,
	userId: string,
	redirectTo: string | undefined
): Promise<{ token: string; expiresAt: Date }> {
	const token = generateSessionToken();
	const expiresAt = new Date(Date.now() + CHALLENGE_LIFETIME_MS);
	await db.transaction(async (tx) => {
		await tx
			.delete(loginChallenges)
			.where(or(eq(loginChallenges.userId, userId), lte(loginChallenges.expiresAt, sql`now()`)));
		await tx
			.insert(loginChallenges)
			.values({ id: sessionIdFromToken(token), userId, redirectTo: redirectTo ?? '', expiresAt });
	});
	return { token, expiresAt };
}

export async function challengeIsPending(db: Db, token: string | undefined): Promise<boolean> {
	if (!token) return false;
	const [row] = await db
		.select({ id: loginChallenges.id })
		.from(loginChallenges)
		.where(and(eq(loginChallenges.id, sessionIdFromToken(token)), gt(loginChallenges.expiresAt, sql`now()`)));
	return !!row;
}

export type SecondStepOutcome =
	| { kind: 'signed_in'; token: string; expiresAt: Date; redirectTo: string }
	| { kind: 'expired' }
	| { kind: 'invalid' }
	| { kind: 'no_organisation' }
	| { kind: 'throttled'; retryAfterSeconds: number };

/**
 * The code of the waiting login. A wrong one counts as a failed login (the same throttle keys),
 * and the failures the password left are cleared only now, once the login is complete.
 */
export async function completeLoginChallenge(
	db: Db,
	token: string | undefined,
	code: string,
	address: string
): Promise<SecondStepOutcome> {
	if (!token) return { kind: 'expired' };
	const id = sessionIdFromToken(token);
	const [challenge] = await db
		.select({ userId: loginChallenges.userId, redirectTo: loginChallenges.redirectTo, email: users.email })
		.from(loginChallenges)
		.innerJoin(users, eq(users.id, loginChallenges.userId))
		.where(and(eq(loginChallenges.id, id), gt(loginChallenges.expiresAt, sql`now()`)));
	if (!challenge) return { kind: 'expired' };
	const keys = throttleKeys(challenge.email, address);
	const wait = await secondsLocked(db, keys);
	if (wait > 0) return { kind: 'throttled', retryAfterSeconds: wait };
	if (!(await consumeSecondFactor(db, challenge.userId, code))) {
		await recordFailure(db, keys);
		return { kind: 'invalid' };
	}
	// Two tabs posting the same challenge: one session only.
	const taken = await db
		.delete(loginChallenges)
		.where(eq(loginChallenges.id, id))
		.returning({ id: loginChallenges.id });
	if (!taken.length) return { kind: 'expired' };
	for (const key of keys) if (key.kind !== 'address') await clearFailures(db, key);
	const organisation = await resolveActiveOrganisation(db, challenge.userId, null);
	if (!organisation) return { kind: 'no_organisation' };
	const sessionToken = generateSessionToken();
	const session = await createSession(db, sessionToken, challenge.userId, organisation.id);
	return {
		kind: 'signed_in',
		token: sessionToken,
		expiresAt: session.expiresAt,
		redirectTo: safeRedirectTarget(challenge.redirectTo, homeFor(organisation.role))
	};
}
