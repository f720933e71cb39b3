import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';
import { debtors } from './debtors';
import { users } from './users';

/** The column mapping last used per kind of import: the next file of the same shape maps itself. */
export const importMappings = pgTable(
	'import_mappings',
	{
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		kind: text('kind').notNull(),
		mapping: jsonb('mapping').$type<Record<string, string>>().notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.organisationId, t.kind] })]
);

/**
 * A file between its upload and its import: the mapping step is a second request, and a
 * browser without JavaScript cannot send the file twice. Kept until imported or replaced.
 */
export const importUploads = pgTable('import_uploads', {
	id: uuid('id').primaryKey().defaultRandom(),
	organisationId: uuid('organisation_id')
		.notNull()
		.references(() => organisations.id, { onDelete: 'cascade' }),
	kind: text('kind').notNull(),
	fileName: text('file_name').notNull(),
	encoding: text('encoding').notNull(),
	/** The file's bytes in base64: both drivers carry text alike, and files are small. */
	content: text('content').notNull(),
	createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	/**
	 * Why its last import in the background was refused, with the mapping it used: the mapping
	 * step shows it as it shows a refusal answered at once, on any device, after a reload.
	 */
	report: jsonb('report').$type<ImportReport>()
});

export interface ImportReport {
	mapping: Record<string, string>;
	/** The first rows refused (line, column, reason); errorCount says how many in all. */
	errors: { line: number; column: string; reason: string }[];
	errorCount: number;
}

/** Debtors a person set aside from the next runs (« liste d'envoi annulé »), until moved back. */
export const runExclusions = pgTable('run_exclusions', {
	debtorId: uuid('debtor_id')
		.primaryKey()
		.references(() => debtors.id, { onDelete: 'cascade' }),
	organisationId: uuid('organisation_id')
		.notNull()
		.references(() => organisations.id, { onDelete: 'cascade' }),
	excludedBy: uuid('excluded_by').references(() => users.id, { onDelete: 'set null' }),
	at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
});

/** What a bulk action did, by whom and to how many: the history of changes no reminder carries. */
export const bulkActions = pgTable(
	'bulk_actions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
		action: text('action').notNull(),
		/** The flag or tag concerned, and whether it was set or cleared. */
		details: jsonb('details').$type<Record<string, unknown>>().notNull(),
		selected: integer('selected').notNull(),
		changed: integer('changed').notNull(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('bulk_actions_org_at_idx').on(t.organisationId, t.at)]
);

/** The export formats: what a file holds, in which order, and how it is written and named. */
export const exportFormats = pgTable(
	'export_formats',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		type: text('type').notNull(),
		separator: text('separator').notNull(),
		extension: text('extension').notNull(),
		encoding: text('encoding').notNull(),
		/** Column headers of the type's table, in the file's order. */
		fields: text('fields').array().notNull(),
		/** Text with [date], [heure], [organisation], [format] or [type] where those go. */
		fileName: text('file_name').notNull(),
		/** The language of the file's column headers, whoever exports it. */
		language: text('language').notNull().default('fr'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('export_formats_org_name_idx').on(t.organisationId, t.name)]
);
