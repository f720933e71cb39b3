import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import { passwordResets, users } from '../db/schema';
import { hashPassword, verifyPassword } from './passwords';
import { invalidateOtherSessions } from './sessions';

/**
 * Changing the password ends every other session of the user: a thief's cookie dies with it, and
 * so does a reset link asked before.
 */
export async function changePassword(
	db: Db,
	userId: string,
	sessionId: string,
	current: string,
	next: string
): Promise<'ok' | 'wrong_current'> {
	const [user] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId));
	if (!user || !(await verifyPassword(user.hash, current))) return 'wrong_current';
	const passwordHash = await hashPassword(next);
	await db.transaction(async (tx) => {
		await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
		await invalidateOtherSessions(tx, userId, sessionId);
		await tx.delete(passwordResets).where(eq(passwordResets.userId, userId));
	});
	return 'ok';
}
