-- The database refuses a reminder's move that the transitions table forbids, whatever wrote it:
-- the same table as src/lib/server/lifecycle/transitions.ts, which a test compares pair by pair.
CREATE FUNCTION "reminder_transition_allowed"(old_status reminder_status, new_status reminder_status) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
	SELECT CASE old_status
		WHEN 'draft' THEN new_status IN ('draft', 'pending_validation', 'scheduled', 'cancelled', 'deleted')
		WHEN 'pending_validation' THEN new_status IN ('pending_validation', 'scheduled', 'draft', 'cancelled', 'deleted')
		WHEN 'scheduled' THEN new_status IN ('scheduled', 'pending_validation', 'draft', 'sending', 'to_review', 'cancelled', 'deleted')
		WHEN 'to_review' THEN new_status IN ('scheduled', 'pending_validation', 'cancelled', 'deleted')
		WHEN 'sending' THEN new_status IN ('sent', 'failed')
		WHEN 'failed' THEN new_status IN ('scheduled', 'cancelled')
		ELSE false
	END
$$;
--> statement-breakpoint
CREATE FUNCTION "reminders_check_transition"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NOT reminder_transition_allowed(OLD.status, NEW.status) THEN
		RAISE EXCEPTION 'reminder %: no move from % to %', OLD.id, OLD.status, NEW.status USING ERRCODE = 'check_violation';
	END IF;
	RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "reminders_transition" BEFORE UPDATE OF "status" ON "reminders"
FOR EACH ROW EXECUTE FUNCTION "reminders_check_transition"();
