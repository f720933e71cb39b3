import { sql } from 'drizzle-orm';
import {
	boolean,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { contacts } from './debtors';
import { reminders } from './reminders';
import { users } from './users';
import { bytea } from './bytea';

export const deliveryStatusEnum = pgEnum('delivery_status', [
	'queued',
	'sending',
	'sent',
	'delivered',
	'failed',
	'bounced',
	/** Outcome unknown after a crash, on a provider that cannot deduplicate: a person checks. */
	'to_check',
	/** A letter in the day's PDF, until a person confirms the printer did its job. */
	'to_print',
	'cancelled'
]);

/**
 * One row per reminder, recipient and channel, and never two: the unique index is what makes
 * "at most once per recipient and channel" hold whatever the scheduler does.
 */
export const deliveries = pgTable(
	'deliveries',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		// The reminder's organisation: its key cascades (as for reminder_events).
		organisationId: uuid('organisation_id').notNull(),
		reminderId: uuid('reminder_id')
			.notNull()
			.references(() => reminders.id, { onDelete: 'cascade' }),
		contactId: uuid('contact_id')
			.notNull()
			.references(() => contacts.id, { onDelete: 'cascade' }),
		channel: text('channel').notNull(),
		status: deliveryStatusEnum('status').notNull().default('queued'),
		attempts: integer('attempts').notNull().default(0),
		providerMessageId: text('provider_message_id'),
		lastError: text('last_error').notNull().default(''),
		segments: integer('segments'),
		/**
		 * The idempotency key this delivery was last sent under: the delivery's id alone, or the
		 * key of the provider batch it left in, so that a send interrupted by a crash is asked again
		 * with the same emails under the same key, and the provider deduplicates it.
		 */
		batchKey: text('batch_key'),
		letterBatchId: uuid('letter_batch_id'),
		/** A registered letter's number (« recommandé »), recorded by a person after printing. */
		registeredNumber: text('registered_number'),
		/** The email delivery that bounced and that this one replaces on another channel. */
		fallbackOf: uuid('fallback_of'),
		passId: uuid('pass_id'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp('sent_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('deliveries_once_idx').on(t.reminderId, t.contactId, t.channel),
		index('deliveries_org_status_idx').on(t.organisationId, t.status),
		// The last days of an organisation (the run history's chart, the day's progress).
		index('deliveries_org_created_idx').on(t.organisationId, t.createdAt),
		// When a delivery left (or was made, if it never left): the history's order, the dashboard's weeks.
		index('deliveries_org_at_idx').on(t.organisationId, sql`coalesce(${t.sentAt}, ${t.createdAt})`),
		index('deliveries_provider_idx').on(t.providerMessageId),
		index('deliveries_batch_idx').on(t.letterBatchId),
		// A bounce falls back once, however many times its webhook arrives.
		uniqueIndex('deliveries_fallback_once_idx').on(t.fallbackOf)
	]
);

/**
 * What would have left, when no provider key is set (the demo): shown on the outbox page. A
 * person's own account email (a password reset) belongs to no organisation and shows on no page;
 * an invitation, which makes its reader a member, shows to the organisation's admins only.
 */
export const outbox = pgTable(
	'outbox',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
		adminsOnly: boolean('admins_only').notNull().default(false),
		deliveryId: uuid('delivery_id').references(() => deliveries.id, { onDelete: 'set null' }),
		channel: text('channel').notNull(),
		recipient: text('recipient').notNull(),
		subject: text('subject').notNull().default(''),
		text: text('text').notNull(),
		html: text('html').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('outbox_org_idx').on(t.organisationId, t.createdAt),
		uniqueIndex('outbox_delivery_idx').on(t.deliveryId)
	]
);

export const letterBatchStatusEnum = pgEnum('letter_batch_status', ['printing', 'confirmed', 'cancelled']);

/** The day's letters as one PDF: sent only once a person says the printer succeeded. */
export const letterBatches = pgTable('letter_batches', {
	id: uuid('id').primaryKey().defaultRandom(),
	organisationId: uuid('organisation_id')
		.notNull()
		.references(() => organisations.id, { onDelete: 'cascade' }),
	status: letterBatchStatusEnum('status').notNull().default('printing'),
	letterCount: integer('letter_count').notNull().default(0),
	createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
	cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
	/** A large batch's PDF, made once by its operation and kept until the batch is answered. */
	pdf: bytea('pdf')
});

/** One scheduler pass: what it claimed and how it ended, for the dashboard. */
export const schedulerPasses = pgTable(
	'scheduler_passes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
		trigger: text('trigger').notNull(),
		startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
		finishedAt: timestamp('finished_at', { withTimezone: true }),
		reminders: integer('reminders').notNull().default(0),
		deliveries: integer('deliveries').notNull().default(0),
		toReview: integer('to_review').notNull().default(0),
		byChannel: jsonb('by_channel').$type<Record<string, number>>().notNull().default({})
	},
	(t) => [index('scheduler_passes_org_idx').on(t.organisationId, t.startedAt)]
);

export const pushSubscriptions = pgTable(
	'push_subscriptions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		endpoint: text('endpoint').notNull(),
		p256dh: text('p256dh').notNull(),
		auth: text('auth').notNull(),
		userAgent: text('user_agent').notNull().default(''),
		dailySummary: boolean('daily_summary').notNull().default(true),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('push_subscriptions_endpoint_idx').on(t.endpoint),
		index('push_subscriptions_user_idx').on(t.userId)
	]
);

/** Secrets the app makes for itself on first start (VAPID keys) when the environment gives none. */
export const appSecrets = pgTable('app_secrets', {
	key: text('key').primaryKey(),
	value: text('value').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});
