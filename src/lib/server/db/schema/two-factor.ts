import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';
import { bytea } from './bytea';

/**
 * A person's TOTP key. Until a first code confirms it (`enabled_at`), it is an enrolment in
 * progress and asks nothing at login. The key never leaves the server once confirmed.
 */
export const twoFactor = pgTable('two_factor', {
	userId: uuid('user_id')
		.primaryKey()
		.references(() => users.id, { onDelete: 'cascade' }),
	secret: bytea('secret').notNull(),
	enabledAt: timestamp('enabled_at', { withTimezone: true }),
	/** The 30-second step of the last code accepted: a code seen once is never taken again. */
	lastUsedStep: bigint('last_used_step', { mode: 'number' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/** Single-use codes for a lost phone; only their SHA-256 is kept (they are random, not chosen). */
export const recoveryCodes = pgTable(
	'recovery_codes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		codeHash: text('code_hash').notNull(),
		usedAt: timestamp('used_at', { withTimezone: true })
	},
	(t) => [index('recovery_codes_user_idx').on(t.userId)]
);

/**
 * A login past its password, waiting for the second factor. `id` is the SHA-256 of the token in
 * the cookie, as for sessions; it is no session, so nothing of the app opens with it.
 */
export const loginChallenges = pgTable(
	'login_challenges',
	{
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		redirectTo: text('redirect_to').notNull().default(''),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull()
	},
	(t) => [index('login_challenges_user_idx').on(t.userId)]
);
