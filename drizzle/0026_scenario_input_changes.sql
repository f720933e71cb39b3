CREATE TABLE "scenario_input_changes" (
	"organisation_id" uuid NOT NULL,
	"debtor_id" uuid NOT NULL,
	"xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"decided_under" text
);
--> statement-breakpoint
ALTER TABLE "scenario_runs" ADD COLUMN "evaluated" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "scenario_runs" ADD COLUMN "decided_under" text;--> statement-breakpoint
ALTER TABLE "scenario_runs" ADD COLUMN "inputs_snapshot" text;--> statement-breakpoint
CREATE INDEX "scenario_input_changes_org_idx" ON "scenario_input_changes" USING btree ("organisation_id");--> statement-breakpoint
-- Every write to what the scenario engine reads of a debtor (src/lib/server/scenarios/state.ts)
-- leaves a line naming him, one per debtor and statement, so that a run can leave alone the
-- debtors nothing happened to since the run before. A run's own writes are not told here: the
-- run sets relance.scenario_run in its transaction and writes its lines itself, marked with what
-- it decided under (its writes need no second look by a run that decides alike).
CREATE FUNCTION "scenario_inputs_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF current_setting('relance.scenario_run', true) <> '' THEN
		RETURN NULL;
	END IF;
	IF TG_OP = 'INSERT' THEN
		INSERT INTO scenario_input_changes (organisation_id, debtor_id)
		SELECT DISTINCT organisation_id, debtor_id FROM new_rows;
	ELSIF TG_OP = 'DELETE' THEN
		INSERT INTO scenario_input_changes (organisation_id, debtor_id)
		SELECT DISTINCT organisation_id, debtor_id FROM old_rows;
	ELSE
		INSERT INTO scenario_input_changes (organisation_id, debtor_id)
		SELECT organisation_id, debtor_id FROM new_rows UNION SELECT organisation_id, debtor_id FROM old_rows;
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
-- A new debtor, or one changed (his erasure takes him out of the scenarios).
CREATE FUNCTION "scenario_debtors_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF current_setting('relance.scenario_run', true) <> '' THEN
		RETURN NULL;
	END IF;
	INSERT INTO scenario_input_changes (organisation_id, debtor_id) SELECT organisation_id, id FROM new_rows;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION "scenario_groups_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF current_setting('relance.scenario_run', true) <> '' THEN
		RETURN NULL;
	END IF;
	IF TG_OP = 'INSERT' THEN
		INSERT INTO scenario_input_changes (organisation_id, debtor_id)
		SELECT d.organisation_id, d.id FROM debtors d WHERE d.id IN (SELECT debtor_id FROM new_rows);
	ELSIF TG_OP = 'DELETE' THEN
		INSERT INTO scenario_input_changes (organisation_id, debtor_id)
		SELECT d.organisation_id, d.id FROM debtors d WHERE d.id IN (SELECT debtor_id FROM old_rows);
	ELSE
		INSERT INTO scenario_input_changes (organisation_id, debtor_id)
		SELECT d.organisation_id, d.id FROM debtors d
		WHERE d.id IN (SELECT debtor_id FROM new_rows UNION SELECT debtor_id FROM old_rows);
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
-- A reminder's scenario, step and invoices: the debtor is the reminder's.
CREATE FUNCTION "scenario_reminder_links_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF current_setting('relance.scenario_run', true) <> '' THEN
		RETURN NULL;
	END IF;
	IF TG_OP = 'INSERT' THEN
		INSERT INTO scenario_input_changes (organisation_id, debtor_id)
		SELECT DISTINCT r.organisation_id, r.debtor_id FROM reminders r WHERE r.id IN (SELECT reminder_id FROM new_rows);
	ELSIF TG_OP = 'DELETE' THEN
		INSERT INTO scenario_input_changes (organisation_id, debtor_id)
		SELECT DISTINCT r.organisation_id, r.debtor_id FROM reminders r WHERE r.id IN (SELECT reminder_id FROM old_rows);
	ELSE
		INSERT INTO scenario_input_changes (organisation_id, debtor_id)
		SELECT DISTINCT r.organisation_id, r.debtor_id FROM reminders r
		WHERE r.id IN (SELECT reminder_id FROM new_rows UNION SELECT reminder_id FROM old_rows);
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
-- Sending rewrites each covered invoice's level_at_send, which the engine does not read: only a
-- change of the pair itself is told, row by row (rare), so that sending pays nothing here.
CREATE FUNCTION "scenario_reminder_invoice_moved"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF current_setting('relance.scenario_run', true) <> '' THEN
		RETURN NULL;
	END IF;
	INSERT INTO scenario_input_changes (organisation_id, debtor_id)
	SELECT r.organisation_id, r.debtor_id FROM reminders r WHERE r.id IN (OLD.reminder_id, NEW.reminder_id);
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "invoices_scenario_inputs_insert" AFTER INSERT ON "invoices"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "scenario_inputs_changed"();
--> statement-breakpoint
CREATE TRIGGER "invoices_scenario_inputs_update" AFTER UPDATE ON "invoices"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "scenario_inputs_changed"();
--> statement-breakpoint
CREATE TRIGGER "invoices_scenario_inputs_delete" AFTER DELETE ON "invoices"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "scenario_inputs_changed"();
--> statement-breakpoint
CREATE TRIGGER "payments_scenario_inputs_insert" AFTER INSERT ON "payments"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "scenario_inputs_changed"();
--> statement-breakpoint
CREATE TRIGGER "payments_scenario_inputs_update" AFTER UPDATE ON "payments"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "scenario_inputs_changed"();
--> statement-breakpoint
CREATE TRIGGER "payments_scenario_inputs_delete" AFTER DELETE ON "payments"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "scenario_inputs_changed"();
--> statement-breakpoint
CREATE TRIGGER "contacts_scenario_inputs_insert" AFTER INSERT ON "contacts"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "scenario_inputs_changed"();
--> statement-breakpoint
CREATE TRIGGER "contacts_scenario_inputs_update" AFTER UPDATE ON "contacts"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "scenario_inputs_changed"();
--> statement-breakpoint
CREATE TRIGGER "contacts_scenario_inputs_delete" AFTER DELETE ON "contacts"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "scenario_inputs_changed"();
--> statement-breakpoint
CREATE TRIGGER "debtor_pauses_scenario_inputs_insert" AFTER INSERT ON "debtor_pauses"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "scenario_inputs_changed"();
--> statement-breakpoint
CREATE TRIGGER "debtor_pauses_scenario_inputs_update" AFTER UPDATE ON "debtor_pauses"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "scenario_inputs_changed"();
--> statement-breakpoint
CREATE TRIGGER "debtor_pauses_scenario_inputs_delete" AFTER DELETE ON "debtor_pauses"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "scenario_inputs_changed"();
--> statement-breakpoint
CREATE TRIGGER "reminders_scenario_inputs_insert" AFTER INSERT ON "reminders"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "scenario_inputs_changed"();
--> statement-breakpoint
CREATE TRIGGER "reminders_scenario_inputs_update" AFTER UPDATE ON "reminders"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "scenario_inputs_changed"();
--> statement-breakpoint
CREATE TRIGGER "reminders_scenario_inputs_delete" AFTER DELETE ON "reminders"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "scenario_inputs_changed"();
--> statement-breakpoint
CREATE TRIGGER "debtors_scenario_inputs_insert" AFTER INSERT ON "debtors"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "scenario_debtors_changed"();
--> statement-breakpoint
CREATE TRIGGER "debtors_scenario_inputs_update" AFTER UPDATE ON "debtors"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "scenario_debtors_changed"();
--> statement-breakpoint
CREATE TRIGGER "debtor_groups_scenario_inputs_insert" AFTER INSERT ON "debtor_groups"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "scenario_groups_changed"();
--> statement-breakpoint
CREATE TRIGGER "debtor_groups_scenario_inputs_update" AFTER UPDATE ON "debtor_groups"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "scenario_groups_changed"();
--> statement-breakpoint
CREATE TRIGGER "debtor_groups_scenario_inputs_delete" AFTER DELETE ON "debtor_groups"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "scenario_groups_changed"();
--> statement-breakpoint
CREATE TRIGGER "scenario_reminders_scenario_inputs_insert" AFTER INSERT ON "scenario_reminders"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "scenario_reminder_links_changed"();
--> statement-breakpoint
CREATE TRIGGER "scenario_reminders_scenario_inputs_update" AFTER UPDATE ON "scenario_reminders"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "scenario_reminder_links_changed"();
--> statement-breakpoint
CREATE TRIGGER "scenario_reminders_scenario_inputs_delete" AFTER DELETE ON "scenario_reminders"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "scenario_reminder_links_changed"();
--> statement-breakpoint
CREATE TRIGGER "reminder_invoices_scenario_inputs_insert" AFTER INSERT ON "reminder_invoices"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "scenario_reminder_links_changed"();
--> statement-breakpoint
CREATE TRIGGER "reminder_invoices_scenario_inputs_delete" AFTER DELETE ON "reminder_invoices"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "scenario_reminder_links_changed"();
--> statement-breakpoint
CREATE TRIGGER "reminder_invoices_scenario_inputs_update" AFTER UPDATE OF "reminder_id", "invoice_id" ON "reminder_invoices"
FOR EACH ROW EXECUTE FUNCTION "scenario_reminder_invoice_moved"();
