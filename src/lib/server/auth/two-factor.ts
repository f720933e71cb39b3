import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db';
import { recoveryCodes, twoFactor, users } from '../db/schema';
import type { ActiveOrganisation } from './memberships';
import { verifyPassword } from './passwords';
import { recordFailure, secondsLocked, throttleKeys } from './throttle';
import {
	generateRecoveryCodes,
	generateTotpSecret,
	hashRecoveryCode,
	isTotpCode,
	keyForTyping,
	keyUri,
	matchingStep,
	qrCodeDataUrl
} from './totp';

export interface TwoFactorView {
	enabled: boolean;
	recoveryCodesLeft: number;
	/** Set while an enrolment waits for its first code: what the authenticator app needs. */
	pending: { uri: string; qrCode: string; key: string } | null;
	/** The active organisation requires a second factor of him (an admin where it is on). */
	required: boolean;
}

export function requiredBy(organisation: ActiveOrganisation | null): boolean {
	return organisation?.role === 'admin' && organisation.requireAdminTwoFactor;
}

/**
 * What the two-factor page shows. Off, it is an enrolment: a key is made on the first visit and
 * kept until confirmed, so that reloading the page shows the QR code already scanned.
 */
export async function twoFactorView(
	db: Db,
	user: { id: string; email: string },
	organisation: ActiveOrganisation | null
): Promise<TwoFactorView> {
	await db.insert(twoFactor).values({ userId: user.id, secret: generateTotpSecret() }).onConflictDoNothing();
	const [row] = await db
		.select({
			secret: twoFactor.secret,
			enabledAt: twoFactor.enabledAt,
			left: sql<number>`(select count(*)::int from ${recoveryCodes} where ${recoveryCodes.userId} = ${twoFactor.userId} and ${recoveryCodes.usedAt} is null)`
		})
		.from(twoFactor)
		.where(eq(twoFactor.userId, user.id));
	const uri = row.enabledAt ? null : keyUri(row.secret, user.email);
	return {
		enabled: !!row.enabledAt,
		recoveryCodesLeft: Number(row.left),
		pending: uri ? { uri, qrCode: qrCodeDataUrl(uri), key: keyForTyping(row.secret) } : null,
		required: requiredBy(organisation)
	};
}

export type ConfirmOutcome =
	| { kind: 'enabled'; recoveryCodes: string[] }
	| { kind: 'no_enrolment' }
	| { kind: 'already_on' }
	| { kind: 'wrong_code' };

/**
 * A first right code proves the app holds the key: the second factor is on from now, with a new
 * set of recovery codes, shown this once (only their hashes are kept).
 */
export async function confirmEnrolment(db: Db, userId: string, code: string): Promise<ConfirmOutcome> {
	return db.transaction(async (tx) => {
		const [row] = await tx.select().from(twoFactor).where(eq(twoFactor.userId, userId)).for('update');
		if (!row) return { kind: 'no_enrolment' };
		if (row.enabledAt) return { kind: 'already_on' };
		const step = matchingStep(row.secret, code);
		if (step === null) return { kind: 'wrong_code' };
		await tx
			.update(twoFactor)
			.set({ enabledAt: sql`now()`, lastUsedStep: step })
			.where(eq(twoFactor.userId, userId));
		const codes = generateRecoveryCodes();
		await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
		await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId, codeHash: hashRecoveryCode(c) })));
		return { kind: 'enabled', recoveryCodes: codes };
	});
}

/**
 * A code of the authenticator app or a recovery code, each taken once: the app's code must be of
 * a later step than the last one accepted, a recovery code is spent. Each check is one
 * conditional update, so two requests racing with the same code cannot both pass.
 */
export async function consumeSecondFactor(db: DbOrTx, userId: string, typed: string): Promise<boolean> {
	const code = typed.replace(/\s/g, '');
	if (isTotpCode(code)) {
		const [row] = await db
			.select({ secret: twoFactor.secret })
			.from(twoFactor)
			.where(and(eq(twoFactor.userId, userId), sql`${twoFactor.enabledAt} is not null`));
		const step = row ? matchingStep(row.secret, code) : null;
		if (step === null) return false;
		const taken = await db
			.update(twoFactor)
			.set({ lastUsedStep: step })
			.where(
				and(
					eq(twoFactor.userId, userId),
					sql`(${twoFactor.lastUsedStep} is null or ${twoFactor.lastUsedStep} < ${step})`
				)
			)
			.returning({ userId: twoFactor.userId });
		return taken.length > 0;
	}
	const spent = await db
		.update(recoveryCodes)
		.set({ usedAt: sql`now()` })
		.where(
			and(
				eq(recoveryCodes.userId, userId),
				eq(recoveryCodes.codeHash, hashRecoveryCode(code)),
				isNull(recoveryCodes.usedAt)
			)
		)
		.returning({ id: recoveryCodes.id });
	return spent.length > 0;
}

export type DisableOutcome =
	| { kind: 'disabled' }
	| { kind: 'not_on' }
	| { kind: 'required' }
	| { kind: 'wrong' }
	| { kind: 'throttled'; retryAfterSeconds: number };

/**
 * Turning it off takes a current code or the password: a session left open on a shared computer
 * must not be enough. Wrong answers count against the login throttle, as guesses at login do.
 */
export async function disableTwoFactor(
	db: Db,
	userId: string,
	organisation: ActiveOrganisation | null,
	codeOrPassword: string,
	address: string
): Promise<DisableOutcome> {
	if (requiredBy(organisation)) return { kind: 'required' };
	const [user] = await db
		.select({ email: users.email, passwordHash: users.passwordHash, enabledAt: twoFactor.enabledAt })
		.from(users)
		.leftJoin(twoFactor, eq(twoFactor.userId, users.id))
		.where(eq(users.id, userId));
	if (!user?.enabledAt) return { kind: 'not_on' };
	const keys = throttleKeys(user.email, address);
	const wait = await secondsLocked(db, keys);
	if (wait > 0) return { kind: 'throttled', retryAfterSeconds: wait };
	const proven =
		(await consumeSecondFactorByApp(db, userId, codeOrPassword)) ||
		(await verifyPassword(user.passwordHash, codeOrPassword));
	if (!proven) {
		await recordFailure(db, keys);
		return { kind: 'wrong' };
	}
	await db.transaction(async (tx) => {
		await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
		await tx.delete(twoFactor).where(eq(twoFactor.userId, userId));
	});
	return { kind: 'disabled' };
}

/** Only the app's code: a recovery code is for signing in without the phone, not for this. */
function consumeSecondFactorByApp(db: Db, userId: string, typed: string): Promise<boolean> {
	return isTotpCode(typed.replace(/\s/g, '')) ? consumeSecondFactor(db, userId, typed) : Promise.resolve(false);
}
