import { pgTable, timestamp, boolean, text, uuid, uniqueIndex, index, pgEnum, integer, jsonb, date, primaryKey, bigint } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    locale: text("locale").notNull().default("fr"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
  },
  (t) => [uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`)]
);
const roleEnum = pgEnum("role", ["admin", "manager", "approver", "agent"]);
const organisations = pgTable("organisations", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  addressLine1: text("address_line1").notNull().default(""),
  addressLine2: text("address_line2").notNull().default(""),
  postalCode: text("postal_code").notNull().default(""),
  city: text("city").notNull().default(""),
  timezone: text("timezone").notNull().default("Europe/Paris"),
  email: text("email").notNull().default(""),
  phone: text("phone").notNull().default(""),
  /** Four eyes: nobody approves a reminder he created or last changed. */
  forbidSelfApproval: boolean("forbid_self_approval").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
});
const memberships = pgTable(
  "memberships",
  {
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    role: roleEnum("role").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
  },
  (t) => [primaryKey({ columns: [t.userId, t.organisationId] }), index("memberships_org_idx").on(t.organisationId)]
);
const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    activeOrganisationId: uuid("active_organisation_id").references(() => organisations.id, {
      onDelete: "set null"
    }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
  },
  (t) => [index("sessions_user_idx").on(t.userId)]
);
const loginThrottle = pgTable("login_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  lastFailureAt: timestamp("last_failure_at", { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp("locked_until", { withTimezone: true })
});
const groups = pgTable(
  "groups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
  },
  (t) => [uniqueIndex("groups_org_name_idx").on(t.organisationId, t.name)]
);
const debtors = pgTable(
  "debtors",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    accountNumber: text("account_number").notNull(),
    name: text("name").notNull(),
    leaseReference: text("lease_reference").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow()
  },
  (t) => [
    uniqueIndex("debtors_org_account_idx").on(t.organisationId, t.accountNumber),
    index("debtors_org_name_idx").on(t.organisationId, t.name)
  ]
);
const debtorGroups = pgTable(
  "debtor_groups",
  {
    debtorId: uuid("debtor_id").notNull().references(() => debtors.id, { onDelete: "cascade" }),
    groupId: uuid("group_id").notNull().references(() => groups.id, { onDelete: "cascade" })
  },
  (t) => [primaryKey({ columns: [t.debtorId, t.groupId] })]
);
const contactRoleEnum = pgEnum("contact_role", ["relance", "facturation", "garant", "autre"]);
const contacts = pgTable(
  "contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    debtorId: uuid("debtor_id").notNull().references(() => debtors.id, { onDelete: "cascade" }),
    civility: text("civility").notNull().default(""),
    firstName: text("first_name").notNull().default(""),
    lastName: text("last_name").notNull(),
    email: text("email"),
    /** Set when the address fails syntax or looks like a typo; cleared by a person's override. */
    emailCheck: text("email_check"),
    emailSuggestion: text("email_suggestion"),
    emailCheckOverridden: boolean("email_check_overridden").notNull().default(false),
    mobilePhone: text("mobile_phone"),
    addressLine1: text("address_line1").notNull().default(""),
    addressLine2: text("address_line2").notNull().default(""),
    postalCode: text("postal_code").notNull().default(""),
    city: text("city").notNull().default(""),
    country: text("country").notNull().default("FR"),
    role: contactRoleEnum("role").notNull().default("relance"),
    consentEmail: boolean("consent_email").notNull().default(true),
    consentLetter: boolean("consent_letter").notNull().default(true),
    consentSms: boolean("consent_sms").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow()
  },
  (t) => [index("contacts_debtor_idx").on(t.debtorId), index("contacts_org_idx").on(t.organisationId)]
);
const invoices = pgTable(
  "invoices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    debtorId: uuid("debtor_id").notNull().references(() => debtors.id, { onDelete: "cascade" }),
    number: text("number").notNull(),
    issueDate: date("issue_date").notNull(),
    dueDate: date("due_date").notNull(),
    amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
    paidCents: bigint("paid_cents", { mode: "number" }).notNull().default(0),
    reminderLevel: integer("reminder_level").notNull().default(0),
    lastReminderAt: timestamp("last_reminder_at", { withTimezone: true }),
    tags: text("tags").array().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
  },
  (t) => [
    uniqueIndex("invoices_org_number_idx").on(t.organisationId, t.number),
    index("invoices_debtor_idx").on(t.debtorId)
  ]
);
const payments = pgTable(
  "payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    debtorId: uuid("debtor_id").notNull().references(() => debtors.id, { onDelete: "cascade" }),
    invoiceId: uuid("invoice_id").references(() => invoices.id, { onDelete: "set null" }),
    amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
    paidOn: date("paid_on").notNull(),
    reference: text("reference").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow()
  },
  (t) => [index("payments_debtor_idx").on(t.debtorId)]
);
const CHANNELS = ["email", "sms", "letter"];
const templates = pgTable(
  "templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    shortDescription: text("short_description").notNull(),
    description: text("description").notNull().default(""),
    requiresValidation: boolean("requires_validation").notNull().default(false),
    keep: boolean("keep").notNull().default(false),
    groupId: uuid("group_id").references(() => groups.id, { onDelete: "set null" }),
    channels: text("channels").array().notNull().default([]),
    emailSubject: text("email_subject").notNull().default(""),
    emailHeader: text("email_header").notNull().default(""),
    emailBody: text("email_body").notNull().default(""),
    emailFooter: text("email_footer").notNull().default(""),
    smsText: text("sms_text").notNull().default(""),
    letterBody: text("letter_body").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow()
  },
  (t) => [index("templates_org_idx").on(t.organisationId)]
);
const reminderStatusEnum = pgEnum("reminder_status", [
  "draft",
  "pending_validation",
  "scheduled",
  "sending",
  "sent",
  "failed",
  "cancelled",
  "deleted",
  "to_review"
]);
const reminders = pgTable(
  "reminders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    debtorId: uuid("debtor_id").notNull().references(() => debtors.id, { onDelete: "cascade" }),
    templateId: uuid("template_id").references(() => templates.id, { onDelete: "set null" }),
    groupId: uuid("group_id").references(() => groups.id, { onDelete: "set null" }),
    status: reminderStatusEnum("status").notNull(),
    sendDate: date("send_date").notNull(),
    shortDescription: text("short_description").notNull(),
    description: text("description").notNull().default(""),
    requiresValidation: boolean("requires_validation").notNull(),
    /** Set once at creation: a reminder born requiring validation can never lose it. */
    validationLocked: boolean("validation_locked").notNull().default(false),
    keep: boolean("keep").notNull().default(false),
    immediate: boolean("immediate").notNull().default(false),
    content: jsonb("content").$type().notNull(),
    /** Raised by every change: an approval names the version it saw. */
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    approvedBy: uuid("approved_by").references(() => users.id, { onDelete: "set null" }),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    statusReason: text("status_reason").notNull().default(""),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow()
  },
  (t) => [
    index("reminders_org_status_date_idx").on(t.organisationId, t.status, t.sendDate),
    index("reminders_debtor_idx").on(t.debtorId)
  ]
);
const reminderRecipients = pgTable(
  "reminder_recipients",
  {
    reminderId: uuid("reminder_id").notNull().references(() => reminders.id, { onDelete: "cascade" }),
    contactId: uuid("contact_id").notNull().references(() => contacts.id, { onDelete: "cascade" }),
    channels: text("channels").array().notNull()
  },
  (t) => [primaryKey({ columns: [t.reminderId, t.contactId] })]
);
const reminderInvoices = pgTable(
  "reminder_invoices",
  {
    reminderId: uuid("reminder_id").notNull().references(() => reminders.id, { onDelete: "cascade" }),
    invoiceId: uuid("invoice_id").notNull().references(() => invoices.id, { onDelete: "cascade" })
  },
  (t) => [primaryKey({ columns: [t.reminderId, t.invoiceId] })]
);
const reminderEvents = pgTable(
  "reminder_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    reminderId: uuid("reminder_id").notNull().references(() => reminders.id, { onDelete: "cascade" }),
    debtorId: uuid("debtor_id").notNull().references(() => debtors.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    fromStatus: reminderStatusEnum("from_status"),
    toStatus: reminderStatusEnum("to_status"),
    changes: jsonb("changes").$type(),
    reason: text("reason").notNull().default(""),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow()
  },
  (t) => [index("reminder_events_reminder_idx").on(t.reminderId, t.at), index("reminder_events_debtor_idx").on(t.debtorId, t.at)]
);

export { CHANNELS as C, reminders as a, reminderStatusEnum as b, reminderRecipients as c, reminderInvoices as d, reminderEvents as e, debtors as f, groups as g, debtorGroups as h, invoices as i, contacts as j, contactRoleEnum as k, loginThrottle as l, memberships as m, organisations as o, payments as p, roleEnum as r, sessions as s, templates as t, users as u };
//# sourceMappingURL=reminders.js-1QsuNvTf.js.map
