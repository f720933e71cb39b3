-- A reminder in 'sending' stays there for the seconds its deliveries take: phones learn where it
-- ends (sent, failed, to check), not that it started. The scheduler's claim of each batch no
-- longer writes a note per reminder that the settling rewrites moments later.
CREATE OR REPLACE FUNCTION "sync_note_reminders"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO sync_changes (kind, entity_id, organisation_id, txid)
	SELECT 'reminder', id, organisation_id, pg_current_xact_id()::text::bigint FROM changed
	WHERE TG_OP <> 'UPDATE' OR status <> 'sending'
	ON CONFLICT (kind, entity_id) DO UPDATE SET txid = excluded.txid, organisation_id = excluded.organisation_id;
	RETURN NULL;
END $$;
