import { sql } from 'drizzle-orm';
import {
	boolean,
	date,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';
import { contacts, debtors, groups } from './debtors';
import { invoices } from './invoices';
import { templates } from './templates';
import { users } from './users';
import { REMINDER_STATUSES } from '../../../reminder-statuses';

export const reminderStatusEnum = pgEnum('reminder_status', REMINDER_STATUSES);

/** The content of a reminder per channel, as edited (merge fields not yet rendered). */
export interface ReminderContent {
	emailSubject: string;
	emailHeader: string;
	emailBody: string;
	emailFooter: string;
	smsText: string;
	/** The letter's « Objet »; empty or absent (older reminders), the email's subject. */
	letterSubject?: string;
	letterBody: string;
}

export const reminders = pgTable(
	'reminders',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		// The debtor's organisation, which never changes: deleting the organisation deletes its
		// debtors and so their reminders. A key of its own cost a locked lookup per reminder written.
		organisationId: uuid('organisation_id').notNull(),
		debtorId: uuid('debtor_id')
			.notNull()
			.references(() => debtors.id, { onDelete: 'cascade' }),
		templateId: uuid('template_id').references(() => templates.id, { onDelete: 'set null' }),
		groupId: uuid('group_id').references(() => groups.id, { onDelete: 'set null' }),
		status: reminderStatusEnum('status').notNull(),
		sendDate: date('send_date').notNull(),
		shortDescription: text('short_description').notNull(),
		description: text('description').notNull().default(''),
		requiresValidation: boolean('requires_validation').notNull(),
		/** Set once at creation: a reminder born requiring validation can never lose it. */
		validationLocked: boolean('validation_locked').notNull().default(false),
		keep: boolean('keep').notNull().default(false),
		immediate: boolean('immediate').notNull().default(false),
		/** Its letters leave as « Lettre recommandée avec AR ». */
		registered: boolean('registered').notNull().default(false),
		content: jsonb('content').$type<ReminderContent>().notNull(),
		/** Raised by every change: an approval names the version it saw. */
		version: integer('version').notNull().default(1),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
		approvedBy: uuid('approved_by').references(() => users.id, { onDelete: 'set null' }),
		approvedAt: timestamp('approved_at', { withTimezone: true }),
		statusReason: text('status_reason').notNull().default(''),
		sentAt: timestamp('sent_at', { withTimezone: true }),
		/** Set aside by hand from the lists before a run: no pass sends it until it is put back. */
		heldAt: timestamp('held_at', { withTimezone: true }),
		heldBy: uuid('held_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('reminders_org_status_date_idx').on(t.organisationId, t.status, t.sendDate),
		// The lists' order: a page is read along the index, not sorted out of every reminder.
		index('reminders_org_list_idx').on(
			t.organisationId,
			t.sendDate.desc().nullsFirst(),
			t.createdAt.desc().nullsFirst(),
			t.id
		),
		index('reminders_debtor_idx').on(t.debtorId),
		// The reminders sent in the dashboard's recovery period, read from the index alone.
		index('reminders_org_sent_idx')
			.on(t.organisationId, t.sentAt, t.debtorId, t.id)
			.where(sql`${t.status} = 'sent'`)
	]
);

/**
 * How many reminders each organisation has in each state, as lines to add up. Every statement
 * that writes reminders adds its difference (a trigger: a line per organisation and state it
 * changed), so that concurrent writers never queue on a shared line; a fold every minute sums each
 * organisation's lines back into one per state. The lists read these few lines instead of
 * counting all the reminders an agency ever wrote.
 */
export const reminderCounts = pgTable(
	'reminder_counts',
	{
		organisationId: uuid('organisation_id').notNull(),
		status: reminderStatusEnum('status').notNull(),
		n: integer('n').notNull()
	},
	(t) => [index('reminder_counts_org_idx').on(t.organisationId, t.status)]
);

export const reminderRecipients = pgTable(
	'reminder_recipients',
	{
		reminderId: uuid('reminder_id')
			.notNull()
			.references(() => reminders.id, { onDelete: 'cascade' }),
		contactId: uuid('contact_id')
			.notNull()
			.references(() => contacts.id, { onDelete: 'cascade' }),
		channels: text('channels').array().notNull()
	},
	(t) => [primaryKey({ columns: [t.reminderId, t.contactId] })]
);

/** The invoices a reminder covers: sending raises their level and stamps their date. */
export const reminderInvoices = pgTable(
	'reminder_invoices',
	{
		reminderId: uuid('reminder_id')
			.notNull()
			.references(() => reminders.id, { onDelete: 'cascade' }),
		invoiceId: uuid('invoice_id')
			.notNull()
			.references(() => invoices.id, { onDelete: 'cascade' }),
		/** The invoice's level once this reminder was sent (history and exports); null until then. */
		levelAtSend: integer('level_at_send')
	},
	(t) => [primaryKey({ columns: [t.reminderId, t.invoiceId] })]
);

/** Who did what to a reminder, when and why: never updated, never deleted with the reminder's state. */
export const reminderEvents = pgTable(
	'reminder_events',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		// The reminder's own organisation and debtor, which never change: its key is the one
		// foreign key needed (deleting either deletes the reminder, and so its history). Checking
		// the other two cost a locked lookup each per line, two lines per reminder sent.
		organisationId: uuid('organisation_id').notNull(),
		reminderId: uuid('reminder_id')
			.notNull()
			.references(() => reminders.id, { onDelete: 'cascade' }),
		debtorId: uuid('debtor_id').notNull(),
		actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
		action: text('action').notNull(),
		fromStatus: reminderStatusEnum('from_status'),
		toStatus: reminderStatusEnum('to_status'),
		changes: jsonb('changes').$type<Record<string, { from: unknown; to: unknown }>>(),
		reason: text('reason').notNull().default(''),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('reminder_events_reminder_idx').on(t.reminderId, t.at),
		index('reminder_events_debtor_idx').on(t.debtorId, t.at)
	]
);
