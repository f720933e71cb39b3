import { lt, sql } from 'drizzle-orm';
import type { Db } from '../db';
import { loginChallenges, loginThrottle, passwordResets, rateLimits, sessions } from '../db/schema';

/** A counter whose window ended, or a throttle key without a failure, this long ago tells nothing more. */
const FORGET_AFTER = sql`now() - interval '1 day'`;

/**
 * What has stopped meaning anything goes: expired sessions, reset links and pending logins, and
 * the limits' counters long past. The database clock decides, as it decided they expire.
 * Invitations stay: an expired one is listed, to be sent again.
 */
export async function purgeExpired(db: Db): Promise<Record<string, number>> {
	return db.transaction(async (tx) => {
		const gone = async (rows: Promise<unknown[]>) => (await rows).length;
		return {
			sessions: await gone(
				tx
					.delete(sessions)
					.where(lt(sessions.expiresAt, sql`now()`))
					.returning({ id: sessions.id })
			),
			passwordResets: await gone(
				tx
					.delete(passwordResets)
					.where(lt(passwordResets.expiresAt, sql`now()`))
					.returning({ id: passwordResets.tokenHash })
			),
			loginChallenges: await gone(
				tx
					.delete(loginChallenges)
					.where(lt(loginChallenges.expiresAt, sql`now()`))
					.returning({ id: loginChallenges.id })
			),
			rateLimits: await gone(
				tx.delete(rateLimits).where(lt(rateLimits.windowEndsAt, FORGET_AFTER)).returning({ key: rateLimits.key })
			),
			loginThrottle: await gone(
				tx
					.delete(loginThrottle)
					.where(
						sql`${loginThrottle.lastFailureAt} < ${FORGET_AFTER} and (${loginThrottle.lockedUntil} is null or ${loginThrottle.lockedUntil} < now())`
					)
					.returning({ key: loginThrottle.key })
			)
		};
	});
}
