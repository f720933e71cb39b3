import { boolean, pgEnum, pgTable, primaryKey, text, timestamp, uuid, index } from 'drizzle-orm/pg-core';
import { users } from './users';

export const roleEnum = pgEnum('role', ['admin', 'manager', 'approver', 'agent']);

export const organisations = pgTable('organisations', {
	id: uuid('id').primaryKey().defaultRandom(),
	name: text('name').notNull(),
	addressLine1: text('address_line1').notNull().default(''),
	addressLine2: text('address_line2').notNull().default(''),
	postalCode: text('postal_code').notNull().default(''),
	city: text('city').notNull().default(''),
	timezone: text('timezone').notNull().default('Europe/Paris'),
	email: text('email').notNull().default(''),
	phone: text('phone').notNull().default(''),
	/** Four eyes: nobody approves a reminder he created or last changed. */
	forbidSelfApproval: boolean('forbid_self_approval').notNull().default(false),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

export const memberships = pgTable(
	'memberships',
	{
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		role: roleEnum('role').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.userId, t.organisationId] }), index('memberships_org_idx').on(t.organisationId)]
);
