import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db';
import { invitations, memberships, organisations, sessions, users } from '../db/schema';
import { linkTokenHash, newLinkToken } from '../auth/tokens';
import { hashPassword } from '../auth/passwords';
import { attemptLogin } from '../auth/login';
import { invalidateSession, startSession, type NewSession, type SessionUser } from '../auth/sessions';
import { hit, type Limit } from '../limits/rate-limits';
import { linkEmail, sendAppEmail } from '../delivery/email/app-email';
import { senderAddress } from '../templates/compose';
import type { Role } from '$lib/roles';
import { roleLabel } from '$lib/role-labels';
import { m } from '$lib/paraglide/messages';

/** How long an invitation's link works, counted by the database clock from its last sending. */
const LIFETIME = sql`now() + interval '7 days'`;

/**
 * Invitations an organisation may send (first sendings and sendings again) per hour, all
 * instances together: an admin's account cannot be made to spray our sending domain.
 */
export const INVITATIONS_PER_HOUR: Limit = { hits: 30, windowSeconds: 60 * 60 };

const isOpen = and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt));
const sameEmail = (email: string) => sql`lower(${invitations.email}) = ${email.trim().toLowerCase()}`;

export type InvitationSending =
	/** `link` for the operator's command line only: no page shows it to someone else. */
	| { kind: 'sent' | 'resent' | 'send_failed'; email: string; link: string }
	| { kind: 'already_member' }
	| { kind: 'already_invited' }
	| { kind: 'not_found' }
	| { kind: 'throttled'; retryAfterSeconds: number };

type Invited = { id: string; email: string; role: Role; organisationName: string; emailFrom: string; token: string };

/**
 * An admin invites a person by email with a role: the invitation is kept with the hash of its
 * token, then its email leaves with the link. An email that cannot leave leaves the invitation
 * pending, to be sent again from the list.
 */
export async function invite(
	db: Db,
	organisationId: string,
	input: { email: string; role: Role },
	origin: string
): Promise<InvitationSending> {
	const email = input.email.trim().toLowerCase();
	const { token, hash } = newLinkToken();
	const outcome = await db.transaction(async (tx): Promise<InvitationSending | Invited> => {
		const [member] = await tx
			.select({ userId: memberships.userId })
			.from(memberships)
			.innerJoin(users, eq(users.id, memberships.userId))
			.where(and(eq(memberships.organisationId, organisationId), sql`lower(${users.email}) = ${email}`));
		if (member) return { kind: 'already_member' };
		const [pending] = await tx
			.select({ id: invitations.id })
			.from(invitations)
			.where(and(eq(invitations.organisationId, organisationId), isOpen, sameEmail(email)));
		if (pending) return { kind: 'already_invited' };
		const wait = await hit(tx, `invitations:${organisationId}`, INVITATIONS_PER_HOUR);
		if (wait !== null) return { kind: 'throttled', retryAfterSeconds: wait };
		const [row] = await tx
			.insert(invitations)
			.values({ organisationId, email, role: input.role, tokenHash: hash, expiresAt: LIFETIME })
			.onConflictDoNothing()
			.returning({ id: invitations.id });
		if (!row) return { kind: 'already_invited' };
		const [organisation] = await tx
			.select({ name: organisations.name, emailFrom: organisations.emailFrom })
			.from(organisations)
			.where(eq(organisations.id, organisationId));
		return {
			id: row.id,
			email,
			role: input.role,
			organisationName: organisation.name,
			emailFrom: organisation.emailFrom,
			token
		};
	});
	return 'kind' in outcome ? outcome : sendInvitation(db, organisationId, outcome, origin, 'sent');
}

/** A new link for a pending invitation (expired or not), valid 7 days again; the older link dies. */
export async function resendInvitation(
	db: Db,
	organisationId: string,
	invitationId: string,
	origin: string
): Promise<InvitationSending> {
	const { token, hash } = newLinkToken();
	const outcome = await db.transaction(async (tx): Promise<InvitationSending | Invited> => {
		const [current] = await tx
			.select({ id: invitations.id })
			.from(invitations)
			.where(and(eq(invitations.id, invitationId), eq(invitations.organisationId, organisationId), isOpen))
			.for('update');
		if (!current) return { kind: 'not_found' };
		const wait = await hit(tx, `invitations:${organisationId}`, INVITATIONS_PER_HOUR);
		if (wait !== null) return { kind: 'throttled', retryAfterSeconds: wait };
		const [row] = await tx
			.update(invitations)
			.set({ tokenHash: hash, expiresAt: LIFETIME })
			.where(eq(invitations.id, invitationId))
			.returning({ id: invitations.id, email: invitations.email, role: invitations.role });
		const [organisation] = await tx
			.select({ name: organisations.name, emailFrom: organisations.emailFrom })
			.from(organisations)
			.where(eq(organisations.id, organisationId));
		return { ...row, organisationName: organisation.name, emailFrom: organisation.emailFrom, token };
	});
	return 'kind' in outcome ? outcome : sendInvitation(db, organisationId, outcome, origin, 'resent');
}

/** The email of an invitation, in the language of the admin who sends it. */
async function sendInvitation(
	db: Db,
	organisationId: string,
	invited: Invited,
	origin: string,
	done: 'sent' | 'resent'
): Promise<InvitationSending> {
	const organisation = invited.organisationName;
	const link = `${origin}/invitation/${invited.token}`;
	const email = linkEmail({
		subject: m.invitation_email_subject({ organisation }),
		header: organisation,
		before: [
			m.invitation_email_greeting(),
			m.invitation_email_intro({ organisation, role: roleLabel(invited.role) }),
			m.invitation_email_action()
		],
		link,
		after: [m.invitation_email_ignore()]
	});
	try {
		await sendAppEmail(db, {
			id: invited.id,
			organisationId,
			adminsOnly: true,
			from: senderAddress({ name: organisation, emailFrom: invited.emailFrom }),
			to: invited.email,
			...email,
			// Each link its own key: a sending again is a new email, not a repeat of the first.
			idempotencyKey: `invitation-${linkTokenHash(invited.token).slice(0, 32)}`
		});
		return { kind: done, email: invited.email, link };
	} catch (error) {
		console.error('[invitations] email', error);
		return { kind: 'send_failed', email: invited.email, link };
	}
}

export async function revokeInvitation(
	db: Db,
	organisationId: string,
	invitationId: string
): Promise<'ok' | 'not_found'> {
	const revoked = await db
		.update(invitations)
		.set({ revokedAt: sql`now()` })
		.where(and(eq(invitations.id, invitationId), eq(invitations.organisationId, organisationId), isOpen))
		.returning({ id: invitations.id });
	return revoked.length ? 'ok' : 'not_found';
}

/** A member removed: the invitations still open for his address to this organisation die with his membership. */
export async function revokeInvitationsOf(tx: DbOrTx, organisationId: string, userId: string): Promise<void> {
	await tx
		.update(invitations)
		.set({ revokedAt: sql`now()` })
		.where(
			and(
				eq(invitations.organisationId, organisationId),
				isOpen,
				sql`lower(${invitations.email}) = (select lower(${users.email}) from ${users} where ${users.id} = ${userId})`
			)
		);
}

export interface PendingInvitation {
	id: string;
	email: string;
	role: Role;
	expiresAt: Date;
	expired: boolean;
}

export function listPendingInvitations(db: DbOrTx, organisationId: string): Promise<PendingInvitation[]> {
	return db
		.select({
			id: invitations.id,
			email: invitations.email,
			role: invitations.role,
			expiresAt: invitations.expiresAt,
			expired: sql<boolean>`${invitations.expiresAt} <= now()`
		})
		.from(invitations)
		.where(and(eq(invitations.organisationId, organisationId), isOpen))
		.orderBy(asc(invitations.createdAt), asc(invitations.email));
}

export type InvitationView =
	| { state: 'invalid' }
	| { state: 'used' }
	| { state: 'expired'; organisation: string }
	| { state: 'open'; organisation: string; email: string; role: Role; hasAccount: boolean };

/**
 * What the link's page says: a link replaced by a newer one or withdrawn is simply not valid;
 * a used or expired one says so, and who to ask.
 */
export async function invitationByToken(db: DbOrTx, token: string): Promise<InvitationView> {
	const [row] = await db
		.select({
			email: invitations.email,
			role: invitations.role,
			organisation: organisations.name,
			accepted: sql<boolean>`${invitations.acceptedAt} is not null`,
			revoked: sql<boolean>`${invitations.revokedAt} is not null`,
			expired: sql<boolean>`${invitations.expiresAt} <= now()`,
			hasAccount: sql<boolean>`exists (select 1 from ${users} where lower(${users.email}) = lower(${invitations.email}))`
		})
		.from(invitations)
		.innerJoin(organisations, eq(organisations.id, invitations.organisationId))
		.where(eq(invitations.tokenHash, linkTokenHash(token)));
	if (!row || row.revoked) return { state: 'invalid' };
	if (row.accepted) return { state: 'used' };
	if (row.expired) return { state: 'expired', organisation: row.organisation };
	return {
		state: 'open',
		organisation: row.organisation,
		email: row.email,
		role: row.role,
		hasAccount: row.hasAccount
	};
}

/** The invitation behind a token, locked, while it is open and unexpired: the one use of the link. */
async function claim(tx: DbOrTx, token: string) {
	const [row] = await tx
		.select({
			id: invitations.id,
			organisationId: invitations.organisationId,
			email: invitations.email,
			role: invitations.role
		})
		.from(invitations)
		.where(and(eq(invitations.tokenHash, linkTokenHash(token)), isOpen, gt(invitations.expiresAt, sql`now()`)))
		.for('update');
	return row;
}

async function join(
	tx: DbOrTx,
	invitation: { id: string; organisationId: string; role: Role },
	userId: string
): Promise<Role> {
	await tx
		.insert(memberships)
		.values({ userId, organisationId: invitation.organisationId, role: invitation.role })
		.onConflictDoNothing();
	await tx
		.update(invitations)
		.set({ acceptedAt: sql`now()` })
		.where(eq(invitations.id, invitation.id));
	const [membership] = await tx
		.select({ role: memberships.role })
		.from(memberships)
		.where(and(eq(memberships.userId, userId), eq(memberships.organisationId, invitation.organisationId)));
	return membership.role;
}

export type Acceptance =
	| { kind: 'joined'; role: Role; session: NewSession | null }
	| { kind: 'invalid' }
	| { kind: 'account_exists' }
	| { kind: 'no_account' }
	| { kind: 'password_required' }
	| { kind: 'wrong_password' }
	| { kind: 'throttled'; retryAfterSeconds: number };

/**
 * A new person follows his invitation: his account is made with the invitation's address, the
 * name and password he chose, he becomes a member with the invited role and is signed in.
 */
export async function acceptAsNewAccount(
	db: Db,
	token: string,
	input: { name: string; password: string }
): Promise<Acceptance> {
	// A dead link costs no hashing: argon2 is made slow on purpose.
	if ((await invitationByToken(db, token)).state !== 'open') return { kind: 'invalid' };
	const passwordHash = await hashPassword(input.password);
	return db.transaction(async (tx) => {
		const invitation = await claim(tx, token);
		if (!invitation) return { kind: 'invalid' };
		const [user] = await tx
			.insert(users)
			.values({ email: invitation.email, name: input.name, passwordHash })
			.onConflictDoNothing()
			.returning({ id: users.id });
		if (!user) return { kind: 'account_exists' };
		const role = await join(tx, invitation, user.id);
		return { kind: 'joined', role, session: await startSession(tx, user.id, invitation.organisationId) };
	});
}

/**
 * A person who has an account joins with it: signed in as that account already, or by its
 * password (the login's own check and throttle). No second account is made. His session moves
 * to the organisation he joined; a session of another account is ended and replaced.
 */
export async function acceptWithAccount(
	db: Db,
	token: string,
	signedIn: { user: SessionUser; sessionId: string } | null,
	password: string | undefined,
	address: string
): Promise<Acceptance> {
	const view = await invitationByToken(db, token);
	if (view.state !== 'open') return { kind: 'invalid' };
	if (!view.hasAccount) return { kind: 'no_account' };
	const same = signedIn && signedIn.user.email.toLowerCase() === view.email.toLowerCase();
	let userId: string;
	// A password alone never opens a session of an account that asks for a second factor.
	let secondFactor = false;
	if (same) userId = signedIn.user.id;
	else {
		if (!password) return { kind: 'password_required' };
		const login = await attemptLogin(db, view.email, password, address);
		if (!login.ok)
			return login.reason === 'throttled'
				? { kind: 'throttled', retryAfterSeconds: login.retryAfterSeconds }
				: { kind: 'wrong_password' };
		userId = login.userId;
		secondFactor = login.secondFactor;
	}
	return db.transaction(async (tx) => {
		const invitation = await claim(tx, token);
		if (!invitation) return { kind: 'invalid' };
		const role = await join(tx, invitation, userId);
		if (same) {
			await tx
				.update(sessions)
				.set({ activeOrganisationId: invitation.organisationId })
				.where(eq(sessions.id, signedIn.sessionId));
			return { kind: 'joined', role, session: null };
		}
		if (signedIn) await invalidateSession(tx, signedIn.sessionId);
		if (secondFactor) return { kind: 'joined', role, session: null };
		return { kind: 'joined', role, session: await startSession(tx, userId, invitation.organisationId) };
	});
}
