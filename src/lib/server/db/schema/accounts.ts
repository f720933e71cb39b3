import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';
import { organisations, roleEnum } from './organisations';

/**
 * An invitation to join an organisation. Only the SHA-256 of its link's token is kept: a read of
 * the table gives no working link. Sending it again replaces the hash, so the older link dies.
 */
export const invitations = pgTable(
	'invitations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		email: text('email').notNull(),
		role: roleEnum('role').notNull(),
		tokenHash: text('token_hash').notNull(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('invitations_token_idx').on(t.tokenHash),
		// One open invitation per address and organisation; also the members page's list.
		uniqueIndex('invitations_open_idx')
			.on(t.organisationId, sql`lower(${t.email})`)
			.where(sql`${t.acceptedAt} is null and ${t.revokedAt} is null`)
	]
);

/** A password reset link, by the SHA-256 of its token; used, it is deleted with the user's others. */
export const passwordResets = pgTable(
	'password_resets',
	{
		tokenHash: text('token_hash').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('password_resets_user_idx').on(t.userId)]
);

/**
 * Fixed-window counters of the limits every instance shares (password reset requests, invitations
 * sent, the scheduler endpoint): one row per key, counted by the database clock.
 */
export const rateLimits = pgTable('rate_limits', {
	key: text('key').primaryKey(),
	hits: integer('hits').notNull(),
	windowEndsAt: timestamp('window_ends_at', { withTimezone: true }).notNull()
});
