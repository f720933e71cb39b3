CREATE TABLE "reminder_counts" (
	"organisation_id" uuid NOT NULL,
	"status" "reminder_status" NOT NULL,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "reminder_counts_org_idx" ON "reminder_counts" USING btree ("organisation_id","status");--> statement-breakpoint
-- A statement's difference to the counts: one line per organisation and state it changed. An
-- update that moves no reminder between states (an edit, a stamp) adds nothing.
CREATE FUNCTION "reminder_counts_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO reminder_counts (organisation_id, status, n)
		SELECT organisation_id, status, count(*) FROM new_rows GROUP BY 1, 2;
	ELSIF TG_OP = 'DELETE' THEN
		INSERT INTO reminder_counts (organisation_id, status, n)
		SELECT organisation_id, status, -count(*) FROM old_rows GROUP BY 1, 2;
	ELSE
		INSERT INTO reminder_counts (organisation_id, status, n)
		SELECT organisation_id, status, sum(n) FROM (
			SELECT organisation_id, status, count(*) AS n FROM new_rows GROUP BY 1, 2
			UNION ALL
			SELECT organisation_id, status, -count(*) FROM old_rows GROUP BY 1, 2
		) moved
		GROUP BY 1, 2 HAVING sum(n) <> 0;
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "reminders_counts_insert" AFTER INSERT ON "reminders" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "reminder_counts_changed"();
--> statement-breakpoint
CREATE TRIGGER "reminders_counts_update" AFTER UPDATE ON "reminders" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "reminder_counts_changed"();
--> statement-breakpoint
CREATE TRIGGER "reminders_counts_delete" AFTER DELETE ON "reminders" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "reminder_counts_changed"();
--> statement-breakpoint
INSERT INTO reminder_counts (organisation_id, status, n)
SELECT organisation_id, status, count(*) FROM reminders GROUP BY 1, 2;
