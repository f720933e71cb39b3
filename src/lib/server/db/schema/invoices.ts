import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, pgTable, text, timestamp, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { debtors } from './debtors';

/** Money is integer cents throughout: no float ever touches an amount. */
export const invoices = pgTable(
	'invoices',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		debtorId: uuid('debtor_id')
			.notNull()
			.references(() => debtors.id, { onDelete: 'cascade' }),
		number: text('number').notNull(),
		issueDate: date('issue_date').notNull(),
		dueDate: date('due_date').notNull(),
		amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
		paidCents: bigint('paid_cents', { mode: 'number' }).notNull().default(0),
		reminderLevel: integer('reminder_level').notNull().default(0),
		lastReminderAt: timestamp('last_reminder_at', { withTimezone: true }),
		tags: text('tags').array().notNull().default([]),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('invoices_org_number_idx').on(t.organisationId, t.number),
		index('invoices_debtor_idx').on(t.debtorId),
		// The dashboard's amounts by age: an organisation's unpaid invoices, read from the index alone.
		index('invoices_org_unpaid_idx')
			.on(t.organisationId, t.dueDate, t.debtorId, t.amountCents, t.paidCents)
			.where(sql`${t.paidCents} < ${t.amountCents}`)
	]
);

export const payments = pgTable(
	'payments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		debtorId: uuid('debtor_id')
			.notNull()
			.references(() => debtors.id, { onDelete: 'cascade' }),
		invoiceId: uuid('invoice_id').references(() => invoices.id, { onDelete: 'set null' }),
		amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
		paidOn: date('paid_on').notNull(),
		reference: text('reference').notNull().default(''),
		/** The payment's reference in the file it was imported from: a re-import matches on it. */
		externalRef: text('external_ref'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('payments_debtor_idx').on(t.debtorId),
		// The payments of the dashboard's recovery period.
		index('payments_org_paid_on_idx').on(t.organisationId, t.paidOn),
		uniqueIndex('payments_org_external_ref_idx').on(t.organisationId, t.externalRef)
	]
);
