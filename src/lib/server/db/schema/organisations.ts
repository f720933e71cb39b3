import { getTableColumns } from 'drizzle-orm';
import { boolean, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid, index } from 'drizzle-orm/pg-core';
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
	/** Sending hours: ISO weekdays (1 = Monday) and a window in the organisation's time zone. */
	sendingDays: integer('sending_days').array().notNull().default([1, 2, 3, 4, 5]),
	sendingStart: text('sending_start').notNull().default('09:00'),
	sendingEnd: text('sending_end').notNull().default('18:00'),
	/** A scheduled reminder older than this waits for a person instead of leaving by surprise. */
	staleAfterDays: integer('stale_after_days').notNull().default(7),
	emailFrom: text('email_from').notNull().default(''),
	/** The name tenants see beside the sender address; the organisation's name when empty. */
	emailFromName: text('email_from_name').notNull().default(''),
	emailReplyTo: text('email_reply_to').notNull().default(''),
	smsSender: text('sms_sender').notNull().default('Relance'),
	/** The letterhead's logo (PNG or JPEG), base64, with its media type; none when empty. */
	logo: text('logo').notNull().default(''),
	logoType: text('logo_type').notNull().default(''),
	/** Letters printed recto-verso: a blank back page after an odd page count, so each letter starts on a new sheet. */
	letterDuplex: boolean('letter_duplex').notNull().default(false),
	/** Where the organisation is, for its public holidays: ISO country and, within it, a region (Alsace-Moselle…). */
	country: text('country').notNull().default('FR'),
	holidayRegion: text('holiday_region').notNull().default(''),
	/** Public holidays are not sending days unless this is turned off. */
	skipHolidays: boolean('skip_holidays').notNull().default(true),
	/** What an email that bounced for good falls back to (delivery/fallback.ts). */
	bounceFallback: text('bounce_fallback').notNull().default('letter_then_sms'),
	/** On a test instance nothing leaves unless this is set. */
	allowSendingOnTestInstance: boolean('allow_sending_on_test_instance').notNull().default(false),
	/** The daily push summary's last occurrence sent, claimed by one process (see push/daily-schedule.ts). */
	lastSummaryAt: timestamp('last_summary_at', { withTimezone: true }),
	/** Set by an instance administrator: its people are shown why, and nothing leaves or runs for it. */
	suspendedAt: timestamp('suspended_at', { withTimezone: true }),
	/** Its admins must have a second factor before they reach anything of the app (hooks/two_factor.ts). */
	requireAdminTwoFactor: boolean('require_admin_two_factor').notNull().default(false),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * Every column but the logo's bytes (up to 400 KB as base64), which only the letters print:
 * the sending path reads the organisation for every job and must not carry them.
 */
export const organisationColumns = (() => {
	const { logo: _logo, ...rest } = getTableColumns(organisations);
	return rest;
})();

export type OrganisationRow = Omit<typeof organisations.$inferSelect, 'logo'>;

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
