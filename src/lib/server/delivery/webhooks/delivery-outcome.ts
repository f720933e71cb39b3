import { and, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db';
import { deliveries } from '../../db/schema';

export type ProviderOutcome = { status: 'delivered' } | { status: 'failed' | 'bounced'; reason: string };

/** What a webhook answers its route: 401, 400, or 200 whether or not anything changed. */
export type WebhookResult = 'unauthorized' | 'invalid' | 'applied' | 'ignored';

/**
 * Applies a provider's news about a message that left. A failure overrides a delivery (a late
 * bounce) but never the reverse, and nothing else is touched: events arriving twice or out of
 * order end the same way. `match` finds the delivery; returns the deliveries it changed.
 */
export async function recordOutcome(tx: DbOrTx, match: SQL[], outcome: ProviderOutcome) {
	const from = outcome.status === 'delivered' ? (['sent'] as const) : (['sent', 'delivered'] as const);
	return tx
		.update(deliveries)
		.set({ status: outcome.status, lastError: 'reason' in outcome ? outcome.reason : '', updatedAt: sql`now()` })
		.where(and(...match, inArray(deliveries.status, [...from])))
		.returning({ id: deliveries.id, contactId: deliveries.contactId });
}
