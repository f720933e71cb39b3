ALTER TABLE "reminders" DROP CONSTRAINT "reminders_organisation_id_organisations_id_fk";
--> statement-breakpoint
-- A reminder written with its recipients (a run writes hundreds in each statement) is noted by
-- its own trigger in the same transaction: the recipients' note would rewrite the same line
-- with the same values, a new row version and index entries each time.
CREATE OR REPLACE FUNCTION "sync_note_recipients"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	-- A reminder deleted with its recipients is noted by its own trigger.
	INSERT INTO sync_changes (kind, entity_id, organisation_id, txid)
	SELECT 'reminder', r.id, r.organisation_id, pg_current_xact_id()::text::bigint
	FROM (SELECT DISTINCT reminder_id FROM changed) c JOIN reminders r ON r.id = c.reminder_id
	-- One lookup of the key per reminder (offset 0), not a join with the whole log.
	WHERE NOT EXISTS (SELECT 1 FROM sync_changes s WHERE s.kind = 'reminder' AND s.entity_id = r.id
		AND s.txid = pg_current_xact_id()::text::bigint AND s.organisation_id = r.organisation_id OFFSET 0)
	ON CONFLICT (kind, entity_id) DO UPDATE SET txid = excluded.txid, organisation_id = excluded.organisation_id;
	RETURN NULL;
END $$;
