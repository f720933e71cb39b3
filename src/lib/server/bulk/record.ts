import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db';
import { bulkActions, users } from '../db/schema';
import type { Actor } from '../auth/actor';

export async function recordBulkAction(
	tx: DbOrTx,
	actor: Actor,
	action: string,
	details: Record<string, unknown>,
	selected: number,
	changed: number
) {
	await tx
		.insert(bulkActions)
		.values({ organisationId: actor.organisationId, actorId: actor.userId, action, details, selected, changed });
}

export async function recentBulkActions(db: DbOrTx, organisationId: string, limit = 20) {
	return db
		.select({
			id: bulkActions.id,
			action: bulkActions.action,
			details: bulkActions.details,
			selected: bulkActions.selected,
			changed: bulkActions.changed,
			at: bulkActions.at,
			actorName: users.name
		})
		.from(bulkActions)
		.leftJoin(users, eq(users.id, bulkActions.actorId))
		.where(eq(bulkActions.organisationId, organisationId))
		.orderBy(desc(bulkActions.at))
		.limit(limit);
}
