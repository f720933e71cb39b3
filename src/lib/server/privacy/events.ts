import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { debtorEvents, users } from '../db/schema';

export type DebtorEventAction = (typeof debtorEvents.$inferInsert)['action'];

export async function recordDebtorEvent(
	tx: DbOrTx,
	event: { organisationId: string; debtorId: string; actorId: string | null; action: DebtorEventAction }
): Promise<void> {
	await tx.insert(debtorEvents).values(event);
}

/** Who exported or erased the debtor's personal data, and when, newest first. */
export function listDebtorEvents(db: DbOrTx, organisationId: string, debtorId: string) {
	return db
		.select({ id: debtorEvents.id, action: debtorEvents.action, at: debtorEvents.at, actorName: users.name })
		.from(debtorEvents)
		.leftJoin(users, eq(users.id, debtorEvents.actorId))
		.where(and(eq(debtorEvents.organisationId, organisationId), eq(debtorEvents.debtorId, debtorId)))
		.orderBy(desc(debtorEvents.at), desc(debtorEvents.id));
}
