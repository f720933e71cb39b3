import { boolean, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { users } from './users';

export const groups = pgTable(
	'groups',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('groups_org_name_idx').on(t.organisationId, t.name)]
);

export const debtors = pgTable(
	'debtors',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		accountNumber: text('account_number').notNull(),
		name: text('name').notNull(),
		leaseReference: text('lease_reference').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		/** His personal data were erased on request: no scenario takes him, no reminder is made for him. */
		erasedAt: timestamp('erased_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('debtors_org_account_idx').on(t.organisationId, t.accountNumber),
		index('debtors_org_name_idx').on(t.organisationId, t.name)
	]
);

export const debtorGroups = pgTable(
	'debtor_groups',
	{
		debtorId: uuid('debtor_id')
			.notNull()
			.references(() => debtors.id, { onDelete: 'cascade' }),
		groupId: uuid('group_id')
			.notNull()
			.references(() => groups.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.debtorId, t.groupId] })]
);

export const contactRoleEnum = pgEnum('contact_role', ['relance', 'facturation', 'garant', 'autre']);

export const contacts = pgTable(
	'contacts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		debtorId: uuid('debtor_id')
			.notNull()
			.references(() => debtors.id, { onDelete: 'cascade' }),
		civility: text('civility').notNull().default(''),
		firstName: text('first_name').notNull().default(''),
		lastName: text('last_name').notNull(),
		/** The contact's reference in the file it was imported from: a re-import matches on it. */
		externalRef: text('external_ref'),
		email: text('email'),
		/** Set when the address fails syntax or looks like a typo; cleared by a person's override. */
		emailCheck: text('email_check'),
		emailSuggestion: text('email_suggestion'),
		/** Why the address was flagged when the provider said so (a bounce's reason). */
		emailCheckReason: text('email_check_reason').notNull().default(''),
		emailCheckOverridden: boolean('email_check_overridden').notNull().default(false),
		mobilePhone: text('mobile_phone'),
		addressLine1: text('address_line1').notNull().default(''),
		addressLine2: text('address_line2').notNull().default(''),
		postalCode: text('postal_code').notNull().default(''),
		city: text('city').notNull().default(''),
		country: text('country').notNull().default('FR'),
		role: contactRoleEnum('role').notNull().default('relance'),
		consentEmail: boolean('consent_email').notNull().default(true),
		consentLetter: boolean('consent_letter').notNull().default(true),
		consentSms: boolean('consent_sms').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('contacts_debtor_idx').on(t.debtorId),
		index('contacts_org_idx').on(t.organisationId),
		uniqueIndex('contacts_org_external_ref_idx').on(t.organisationId, t.externalRef)
	]
);

/**
 * What was done to a debtor as a person rather than to one of his reminders (his data exported,
 * then erased), by whom and when: the lines hold no personal data, so an erasure keeps them.
 */
export const debtorEvents = pgTable(
	'debtor_events',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		debtorId: uuid('debtor_id')
			.notNull()
			.references(() => debtors.id, { onDelete: 'cascade' }),
		actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
		action: text('action').$type<'personal_data_exported' | 'personal_data_erased'>().notNull(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('debtor_events_debtor_idx').on(t.debtorId, t.at)]
);
