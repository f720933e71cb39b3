import { integer, pgTable, text, timestamp, uuid, index } from 'drizzle-orm/pg-core';
import { users } from './users';
import { organisations } from './organisations';

/** `id` is the SHA-256 of the cookie token: a stolen table cannot be replayed as cookies. */
export const sessions = pgTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		activeOrganisationId: uuid('active_organisation_id').references(() => organisations.id, {
			onDelete: 'set null'
		}),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

/** One row per throttled key ("account:<email>" or "address:<ip>"). */
export const loginThrottle = pgTable('login_throttle', {
	key: text('key').primaryKey(),
	failures: integer('failures').notNull().default(0),
	lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull().defaultNow(),
	lockedUntil: timestamp('locked_until', { withTimezone: true })
});
