import type { Db } from '../db';
import { createOrganisation } from './create';
import { hashPassword } from '../auth/passwords';
import { createSession, generateSessionToken } from '../auth/sessions';

export type SignUpOutcome =
	{ kind: 'created'; token: string; expiresAt: Date; organisationId: string } | { kind: 'email_taken' };

/**
 * A new agency, empty, with the person signing up as its admin, signed in at once. An address
 * that already has an account is refused: its owner signs in and is invited instead.
 */
export async function signUp(
	db: Db,
	input: { organisationName: string; name: string; email: string; password: string }
): Promise<SignUpOutcome> {
	const created = await createOrganisation(db, {
		name: input.organisationName,
		admin: { email: input.email, name: input.name, passwordHash: await hashPassword(input.password) }
	});
	if (created.kind === 'email_taken') return created;
	const token = generateSessionToken();
	const session = await createSession(db, token, created.userId, created.organisationId);
	return { kind: 'created', token, expiresAt: session.expiresAt, organisationId: created.organisationId };
}
