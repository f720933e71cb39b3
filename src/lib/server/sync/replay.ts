import { and, eq } from 'drizzle-orm';
import type { Db } from '../db';
import { decisionRequests } from '../db/schema';
import { approveReminder, rejectReminder } from '../reminders/decisions';
import type { DecisionReply, DecisionRequest } from '$lib/offline/types';
import type { Actor } from '../auth/actor';
import { m } from '$lib/paraglide/messages';

/**
 * A decision from a phone's outbox, exactly once per idempotency key: the key is taken and the
 * decision made in one transaction, so a replay (the answer was lost, the app was closed) gets
 * the first answer back, and a concurrent replay waits on the key's row, then gets it too.
 */
export async function replayDecision(db: Db, actor: Actor, request: DecisionRequest): Promise<DecisionReply> {
	return db.transaction(async (tx) => {
		const [taken] = await tx
			.insert(decisionRequests)
			.values({ key: request.key, userId: actor.userId, organisationId: actor.organisationId, reminderId: request.id })
			.onConflictDoNothing()
			.returning({ key: decisionRequests.key });
		if (!taken) return earlierAnswer(tx as unknown as Db, actor, request);
		// Nested: the decision runs in a savepoint of this transaction, so key and decision commit together.
		const nested = tx as unknown as Db;
		const decision =
			request.action === 'approve'
				? await approveReminder(nested, actor, request)
				: await rejectReminder(nested, actor, { ...request, reason: request.reason ?? '' });
		const reply: DecisionReply = decision.ok
			? { ok: true }
			: { ok: false, status: decision.status, message: decision.message };
		await tx.update(decisionRequests).set({ outcome: reply }).where(eq(decisionRequests.key, request.key));
		return reply;
	});
}

async function earlierAnswer(db: Db, actor: Actor, request: DecisionRequest): Promise<DecisionReply> {
	const [earlier] = await db
		.select({
			outcome: decisionRequests.outcome,
			userId: decisionRequests.userId,
			reminderId: decisionRequests.reminderId
		})
		.from(decisionRequests)
		.where(and(eq(decisionRequests.key, request.key), eq(decisionRequests.organisationId, actor.organisationId)));
	// A key is the sender's own: someone else's, or one reused for another reminder, is refused.
	if (!earlier || earlier.userId !== actor.userId || earlier.reminderId !== request.id || !earlier.outcome)
		return { ok: false, status: 409, message: m.offline_key_reused() };
	return earlier.outcome as DecisionReply;
}
