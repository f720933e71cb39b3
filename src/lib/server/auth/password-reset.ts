import { and, asc, eq, gt, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { memberships, organisations, passwordResets, twoFactor, users } from '../db/schema';
import { hit, type Limit } from '../limits/rate-limits';
import { linkEmail, sendAppEmail } from '../delivery/email/app-email';
import { senderAddress } from '../templates/compose';
import { resolveActiveOrganisation } from './memberships';
import { hashPassword } from './passwords';
import { invalidateAllSessions, startSession, type NewSession } from './sessions';
import { linkTokenHash, newLinkToken } from './tokens';
import type { Role } from '$lib/roles';
import { m } from '$lib/paraglide/messages';

/**
 * Requests for a reset link, counted whether the address has an account or not (a refusal says
 * nothing of it): per calling address, enough for an office behind one connection; per address
 * typed, enough for a person who lost the first email.
 */
export const RESET_REQUESTS: Record<'address' | 'account', Limit> = {
	address: { hits: 20, windowSeconds: 60 * 60 },
	account: { hits: 3, windowSeconds: 60 * 60 }
};

export type ResetRequest = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * « Mot de passe oublié » : the same answer whether the address has an account or not. For an
 * account, a link valid one hour replaces any earlier one. Its email leaves without being
 * awaited, so the answer takes no longer for a real account than for an unknown address.
 */
export async function requestPasswordReset(
	db: Db,
	email: string,
	address: string,
	origin: string
): Promise<ResetRequest> {
	const account = email.trim().toLowerCase();
	for (const [kind, key] of [
		['address', address],
		['account', account]
	] as const) {
		const wait = await hit(db, `password-reset-${kind}:${key}`, RESET_REQUESTS[kind]);
		if (wait !== null) return { ok: false, retryAfterSeconds: wait };
	}
	// The reset email leaves in the name of the person's organisation: the app has no address of
	// its own. A person of no organisation cannot sign in, so has nothing to reset.
	const [user] = await db
		.select({
			id: users.id,
			email: users.email,
			name: users.name,
			locale: users.locale,
			organisation: organisations.name,
			emailFrom: organisations.emailFrom
		})
		.from(users)
		.innerJoin(memberships, eq(memberships.userId, users.id))
		.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
		.where(sql`lower(${users.email}) = ${account}`)
		.orderBy(asc(organisations.name), asc(organisations.id))
		.limit(1);
	if (!user) return { ok: true };
	const { token, hash } = newLinkToken();
	await db.transaction(async (tx) => {
		await tx.delete(passwordResets).where(eq(passwordResets.userId, user.id));
		await tx
			.insert(passwordResets)
			.values({ tokenHash: hash, userId: user.id, expiresAt: sql`now() + interval '1 hour'` });
	});
	const locale = user.locale === 'en' ? 'en' : 'fr';
	const parts = linkEmail({
		subject: m.reset_email_subject({}, { locale }),
		header: user.organisation,
		before: [
			m.reset_email_greeting({ name: user.name }, { locale }),
			m.reset_email_intro({ email: user.email }, { locale }),
			m.reset_email_action({}, { locale })
		],
		link: `${origin}/mot-de-passe/${token}`,
		after: [m.reset_email_ignore({}, { locale })]
	});
	void sendAppEmail(db, {
		id: user.id,
		organisationId: null,
		from: senderAddress({ name: user.organisation, emailFrom: user.emailFrom }),
		to: user.email,
		...parts,
		idempotencyKey: `password-reset-${hash.slice(0, 32)}`
	}).catch((error) => console.error('[auth] password reset email', error));
	return { ok: true };
}

/** The address a reset link is for, while it works; null once used, replaced or past its hour. */
export async function resetLinkEmail(db: Db, token: string): Promise<string | null> {
	const [row] = await db
		.select({ email: users.email })
		.from(passwordResets)
		.innerJoin(users, eq(users.id, passwordResets.userId))
		.where(and(eq(passwordResets.tokenHash, linkTokenHash(token)), gt(passwordResets.expiresAt, sql`now()`)));
	return row?.email ?? null;
}

export type ResetOutcome =
	{ kind: 'invalid' } | { kind: 'changed' } | { kind: 'signed_in'; role: Role; session: NewSession };

/**
 * Sets the new password from a working link, once: the link and the person's other links die,
 * and so do all his sessions, a thief's included. He is then signed in afresh (a new token):
 * the link proved he holds the mailbox and he has just chosen the password, so asking it again
 * would prove nothing more, and a login locked by someone else's guesses cannot keep him out.
 */
export async function resetPassword(db: Db, token: string, password: string): Promise<ResetOutcome> {
	// A dead link costs no hashing: argon2 is made slow on purpose.
	if (!(await resetLinkEmail(db, token))) return { kind: 'invalid' };
	const passwordHash = await hashPassword(password);
	return db.transaction(async (tx) => {
		const [used] = await tx
			.delete(passwordResets)
			.where(and(eq(passwordResets.tokenHash, linkTokenHash(token)), gt(passwordResets.expiresAt, sql`now()`)))
			.returning({ userId: passwordResets.userId });
		if (!used) return { kind: 'invalid' };
		await tx.update(users).set({ passwordHash }).where(eq(users.id, used.userId));
		await tx.delete(passwordResets).where(eq(passwordResets.userId, used.userId));
		await invalidateAllSessions(tx, used.userId);
		const organisation = await resolveActiveOrganisation(tx, used.userId, null);
		// The mailbox is no second factor: an account that has one signs in with it, as ever.
		const [second] = await tx
			.select({ on: twoFactor.userId })
			.from(twoFactor)
			.where(and(eq(twoFactor.userId, used.userId), isNotNull(twoFactor.enabledAt)));
		if (!organisation || second) return { kind: 'changed' };
		return {
			kind: 'signed_in',
			role: organisation.role,
			session: await startSession(tx, used.userId, organisation.id)
		};
	});
}
