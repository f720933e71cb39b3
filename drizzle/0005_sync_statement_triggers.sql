-- The change log's triggers, per statement instead of per row: a scheduler job that settles a
-- hundred reminders writes their hundred notes in one insert, not in a hundred.
DROP TRIGGER "reminders_sync" ON "reminders";
--> statement-breakpoint
DROP TRIGGER "reminder_recipients_sync" ON "reminder_recipients";
--> statement-breakpoint
DROP TRIGGER "debtors_sync" ON "debtors";
--> statement-breakpoint
DROP TRIGGER "contacts_sync" ON "contacts";
--> statement-breakpoint
DROP TRIGGER "invoices_sync" ON "invoices";
--> statement-breakpoint
DROP FUNCTION "sync_note_change"();
--> statement-breakpoint
CREATE FUNCTION "sync_note_reminders"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO sync_changes (kind, entity_id, organisation_id, txid)
	SELECT 'reminder', id, organisation_id, pg_current_xact_id()::text::bigint FROM changed
	ON CONFLICT (kind, entity_id) DO UPDATE SET txid = excluded.txid, organisation_id = excluded.organisation_id;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "sync_note_recipients"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	-- A reminder deleted with its recipients is noted by its own trigger.
	INSERT INTO sync_changes (kind, entity_id, organisation_id, txid)
	SELECT 'reminder', r.id, r.organisation_id, pg_current_xact_id()::text::bigint
	FROM (SELECT DISTINCT reminder_id FROM changed) c JOIN reminders r ON r.id = c.reminder_id
	ON CONFLICT (kind, entity_id) DO UPDATE SET txid = excluded.txid, organisation_id = excluded.organisation_id;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "sync_note_debtors"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO sync_changes (kind, entity_id, organisation_id, txid)
	SELECT 'debtor', id, organisation_id, pg_current_xact_id()::text::bigint FROM changed
	ON CONFLICT (kind, entity_id) DO UPDATE SET txid = excluded.txid, organisation_id = excluded.organisation_id;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "sync_note_debtor_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	-- Contacts and invoices: their debtor changed.
	INSERT INTO sync_changes (kind, entity_id, organisation_id, txid)
	SELECT DISTINCT ON (debtor_id) 'debtor', debtor_id, organisation_id, pg_current_xact_id()::text::bigint FROM changed
	ON CONFLICT (kind, entity_id) DO UPDATE SET txid = excluded.txid, organisation_id = excluded.organisation_id;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "reminders_sync_insert" AFTER INSERT ON "reminders" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "sync_note_reminders"();
--> statement-breakpoint
CREATE TRIGGER "reminders_sync_update" AFTER UPDATE ON "reminders" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "sync_note_reminders"();
--> statement-breakpoint
CREATE TRIGGER "reminders_sync_delete" AFTER DELETE ON "reminders" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "sync_note_reminders"();
--> statement-breakpoint
CREATE TRIGGER "reminder_recipients_sync_insert" AFTER INSERT ON "reminder_recipients" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "sync_note_recipients"();
--> statement-breakpoint
CREATE TRIGGER "reminder_recipients_sync_update" AFTER UPDATE ON "reminder_recipients" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "sync_note_recipients"();
--> statement-breakpoint
CREATE TRIGGER "reminder_recipients_sync_delete" AFTER DELETE ON "reminder_recipients" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "sync_note_recipients"();
--> statement-breakpoint
CREATE TRIGGER "debtors_sync_insert" AFTER INSERT ON "debtors" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "sync_note_debtors"();
--> statement-breakpoint
CREATE TRIGGER "debtors_sync_update" AFTER UPDATE ON "debtors" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "sync_note_debtors"();
--> statement-breakpoint
CREATE TRIGGER "debtors_sync_delete" AFTER DELETE ON "debtors" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "sync_note_debtors"();
--> statement-breakpoint
CREATE TRIGGER "contacts_sync_insert" AFTER INSERT ON "contacts" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "sync_note_debtor_rows"();
--> statement-breakpoint
CREATE TRIGGER "contacts_sync_update" AFTER UPDATE ON "contacts" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "sync_note_debtor_rows"();
--> statement-breakpoint
CREATE TRIGGER "contacts_sync_delete" AFTER DELETE ON "contacts" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "sync_note_debtor_rows"();
--> statement-breakpoint
CREATE TRIGGER "invoices_sync_insert" AFTER INSERT ON "invoices" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "sync_note_debtor_rows"();
--> statement-breakpoint
CREATE TRIGGER "invoices_sync_update" AFTER UPDATE ON "invoices" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "sync_note_debtor_rows"();
--> statement-breakpoint
CREATE TRIGGER "invoices_sync_delete" AFTER DELETE ON "invoices" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "sync_note_debtor_rows"();
