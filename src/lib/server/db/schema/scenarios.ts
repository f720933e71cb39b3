import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	date,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	text,
	timestamp,
	uuid,
	uniqueIndex,
	customType
} from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { debtors, groups } from './debtors';
import { templates } from './templates';
import { reminders } from './reminders';
import { users } from './users';

/** How often an organisation's scenarios run, how close two reminders may be, who hears of a run. */
export const scenarioSettings = pgTable('scenario_settings', {
	organisationId: uuid('organisation_id')
		.primaryKey()
		.references(() => organisations.id, { onDelete: 'cascade' }),
	cron: text('cron').notNull().default('0 7 * * 1-5'),
	cronEnabled: boolean('cron_enabled').notNull().default(true),
	minGapDays: integer('min_gap_days').notNull().default(7),
	reportUserIds: uuid('report_user_ids').array().notNull().default([]),
	/** The cron occurrence last claimed: two processes ticking at once run it once. */
	lastScheduledAt: timestamp('last_scheduled_at', { withTimezone: true }),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** A scenario: the default one (no group) or one group's; entry criteria and ordered steps. */
export const scenarios = pgTable(
	'scenarios',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		groupId: uuid('group_id').references(() => groups.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		active: boolean('active').notNull().default(true),
		/** Enters when the balance is strictly above this. */
		minBalanceCents: bigint('min_balance_cents', { mode: 'number' }).notNull().default(0),
		/** Enters when the oldest unpaid invoice is at least this many days past due. */
		minDaysOverdue: integer('min_days_overdue').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('scenarios_org_group_idx').on(t.organisationId, t.groupId),
		uniqueIndex('scenarios_org_default_idx')
			.on(t.organisationId)
			.where(sql`${t.groupId} is null`)
	]
);

export const stepDelayFromEnum = pgEnum('step_delay_from', ['due_date', 'previous_step']);

export const scenarioSteps = pgTable(
	'scenario_steps',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		scenarioId: uuid('scenario_id')
			.notNull()
			.references(() => scenarios.id, { onDelete: 'cascade' }),
		/** 1, 2, …: step N is due when the oldest unpaid invoice is at level N − 1. */
		position: integer('position').notNull(),
		delayDays: integer('delay_days').notNull(),
		delayFrom: stepDelayFromEnum('delay_from').notNull().default('due_date'),
		channels: text('channels').array().notNull(),
		templateId: uuid('template_id').references(() => templates.id, { onDelete: 'set null' }),
		requiresValidation: boolean('requires_validation').notNull().default(false),
		/** The step's letters leave as « Lettre recommandée avec AR ». */
		registered: boolean('registered').notNull().default(false),
		/** Added to the invoices the step's reminder covers once it is sent ('' for none). */
		tag: text('tag').notNull().default('')
	},
	(t) => [uniqueIndex('scenario_steps_position_idx').on(t.scenarioId, t.position)]
);

/**
 * The scenario a reminder belongs to, and for a step's reminder its step and tag.
 * Kept apart from `reminders` so that a reminder without a scenario costs nothing.
 */
export const scenarioReminders = pgTable(
	'scenario_reminders',
	{
		reminderId: uuid('reminder_id')
			.primaryKey()
			.references(() => reminders.id, { onDelete: 'cascade' }),
		scenarioId: uuid('scenario_id')
			.notNull()
			.references(() => scenarios.id, { onDelete: 'cascade' }),
		stepPosition: integer('step_position'),
		tag: text('tag').notNull().default('')
	},
	(t) => [index('scenario_reminders_scenario_idx').on(t.scenarioId)]
);

/** A debtor's reminders held until a date, by hand or by a promise to pay (one at a time). */
export const debtorPauses = pgTable(
	'debtor_pauses',
	{
		debtorId: uuid('debtor_id')
			.primaryKey()
			.references(() => debtors.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		until: date('until').notNull(),
		/** Set for a promise to pay: the amount promised by `until`. */
		promisedCents: bigint('promised_cents', { mode: 'number' }),
		note: text('note').notNull().default(''),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	// The dashboard's pauses and promises of one organisation.
	(t) => [index('debtor_pauses_org_idx').on(t.organisationId, t.until)]
);

export interface RunEntry {
	debtorId: string;
	debtorName: string;
	text: string;
}

export const scenarioRuns = pgTable(
	'scenario_runs',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		trigger: text('trigger').notNull(),
		startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
		finishedAt: timestamp('finished_at', { withTimezone: true }),
		debtors: integer('debtors').notNull().default(0),
		created: integer('created').notNull().default(0),
		deleted: integer('deleted').notNull().default(0),
		skipped: integer('skipped').notNull().default(0),
		/** On a test instance without the organisation's leave, nothing created here will leave. */
		sendingHeld: boolean('sending_held').notNull().default(false),
		/** The debtors it evaluated: all of them, or those whose inputs changed since the run before. */
		evaluated: integer('evaluated').notNull().default(0),
		/** The first entries of each list: a report to read, not a full log. */
		details: jsonb('details').$type<{ created: RunEntry[]; deleted: RunEntry[]; skipped: RunEntry[] }>().notNull(),
		/** A digest of what its decisions depend on besides the debtors: the day and the scenarios' configuration. */
		decidedUnder: text('decided_under'),
		/** The database's snapshot when it started (pg_snapshot as text): what it may have missed is what it did not see. */
		inputsSnapshot: text('inputs_snapshot')
	},
	(t) => [index('scenario_runs_org_idx').on(t.organisationId, t.startedAt)]
);

export type ScenarioRunTrigger = 'cron' | 'manual';

/** A transaction's id as PostgreSQL tells it (pg_current_xact_id), compared with a snapshot. */
const xid8 = customType<{ data: string }>({ dataType: () => 'xid8' });

/**
 * Debtors whose scenario inputs changed (invoices, payments, groups, pause, contacts, reminders),
 * one line per debtor per statement, written by the database's triggers (migration 0026), and by
 * a run for the debtors it wrote to, with its `decidedUnder`. A run evaluates only the debtors with
 * a line its predecessor could not see; it deletes the lines its own start could see.
 */
export const scenarioInputChanges = pgTable(
	'scenario_input_changes',
	{
		// No foreign keys: a cascade that deletes an organisation's rows writes lines for them.
		organisationId: uuid('organisation_id').notNull(),
		debtorId: uuid('debtor_id').notNull(),
		xid: xid8('xid')
			.notNull()
			.default(sql`pg_current_xact_id()`),
		/** Set on the lines of a run's own writes: its `decidedUnder`. */
		decidedUnder: text('decided_under')
	},
	(t) => [index('scenario_input_changes_org_idx').on(t.organisationId)]
);
