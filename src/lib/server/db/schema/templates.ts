import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { groups } from './debtors';

export const CHANNELS = ['email', 'sms', 'letter'] as const;

/** A template (modèle) prefills a reminder's options and holds its content per channel. */
export const templates = pgTable(
	'templates',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		shortDescription: text('short_description').notNull(),
		description: text('description').notNull().default(''),
		requiresValidation: boolean('requires_validation').notNull().default(false),
		keep: boolean('keep').notNull().default(false),
		groupId: uuid('group_id').references(() => groups.id, { onDelete: 'set null' }),
		channels: text('channels').array().notNull().default([]),
		emailSubject: text('email_subject').notNull().default(''),
		emailHeader: text('email_header').notNull().default(''),
		emailBody: text('email_body').notNull().default(''),
		emailFooter: text('email_footer').notNull().default(''),
		smsText: text('sms_text').notNull().default(''),
		/** The letter's « Objet »; empty, the email's subject. */
		letterSubject: text('letter_subject').notNull().default(''),
		letterBody: text('letter_body').notNull().default(''),
		/** Letters of this template leave as « Lettre recommandée avec AR ». */
		registered: boolean('registered').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('templates_org_idx').on(t.organisationId)]
);
