import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { users } from './users';
import { bytea } from './bytea';

export const operationStatusEnum = pgEnum('operation_status', ['running', 'done', 'failed']);

/**
 * A long piece of work a person started (« Envoyer la liste prête », « Tout envoyer »,
 * « Lancer maintenant »), done by a job of the queue: its progress for the progress bar, then
 * its outcome. The unique index lets one run at a time per organisation, kind and scope, so a
 * second click finds the running one instead of starting another.
 */
export const operations = pgTable(
	'operations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		kind: text('kind').notNull(),
		scopeKey: text('scope_key').notNull().default(''),
		status: operationStatusEnum('status').notNull().default('running'),
		done: integer('done').notNull().default(0),
		total: integer('total').notNull().default(0),
		/** What the job works on (the reminders chosen, the template…), fixed when it starts. */
		params: jsonb('params').$type<Record<string, unknown>>().notNull().default({}),
		/** The outcome or the failure as a message code and its values, translated when shown. */
		outcomeCode: text('outcome_code'),
		outcomeParams: jsonb('outcome_params').$type<Record<string, string | number>>().notNull().default({}),
		startedBy: uuid('started_by').references(() => users.id, { onDelete: 'set null' }),
		startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
		finishedAt: timestamp('finished_at', { withTimezone: true }),
		/** Written with each chunk: a running operation whose heartbeat stops has lost its worker. */
		heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('operations_one_running_idx')
			.on(t.organisationId, t.kind, t.scopeKey)
			.where(sql`status = 'running'`),
		index('operations_org_recent_idx').on(t.organisationId, t.startedAt.desc())
	]
);

/**
 * The file an operation made (a large export), to download once it is done. Kept a day: storing
 * a new one deletes those older.
 */
export const operationFiles = pgTable(
	'operation_files',
	{
		operationId: uuid('operation_id')
			.primaryKey()
			.references(() => operations.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		fileName: text('file_name').notNull(),
		contentType: text('content_type').notNull(),
		bytes: bytea('bytes').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('operation_files_created_idx').on(t.createdAt)]
);
