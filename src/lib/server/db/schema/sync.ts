import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { users } from './users';

/**
 * The last transaction that touched each synced thing (a reminder, a debtor with his contacts
 * and invoices), written by triggers (migration 0003) so that no write path can forget it. One
 * row per thing, kept after the thing is deleted: that row is the tombstone a phone's next sync
 * turns into a removal. No foreign key to the organisation: the rows are written while an
 * organisation's deletion cascades through its reminders.
 */
export const syncChanges = pgTable(
	'sync_changes',
	{
		kind: text('kind').$type<'reminder' | 'debtor'>().notNull(),
		entityId: uuid('entity_id').notNull(),
		organisationId: uuid('organisation_id').notNull(),
		/** pg_current_xact_id() of the writing transaction: comparable with a snapshot's xmin. */
		txid: bigint('txid', { mode: 'number' }).notNull()
	},
	(t) => [
		primaryKey({ columns: [t.kind, t.entityId] }),
		index('sync_changes_org_txid_idx').on(t.organisationId, t.txid)
	]
);

/**
 * A decision sent from a phone's outbox, by its idempotency key: a replay after a lost answer
 * gets the first answer back instead of being decided again.
 */
export const decisionRequests = pgTable('decision_requests', {
	key: uuid('key').primaryKey(),
	userId: uuid('user_id')
		.notNull()
		.references(() => users.id, { onDelete: 'cascade' }),
	organisationId: uuid('organisation_id')
		.notNull()
		.references(() => organisations.id, { onDelete: 'cascade' }),
	reminderId: uuid('reminder_id').notNull(),
	outcome: jsonb('outcome').$type<{ ok: boolean; status?: number; message?: string }>(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});
