CREATE TABLE "decision_requests" (
	"key" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"reminder_id" uuid NOT NULL,
	"outcome" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_changes" (
	"kind" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"txid" bigint NOT NULL,
	CONSTRAINT "sync_changes_kind_entity_id_pk" PRIMARY KEY("kind","entity_id")
);
--> statement-breakpoint
ALTER TABLE "decision_requests" ADD CONSTRAINT "decision_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_requests" ADD CONSTRAINT "decision_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sync_changes_org_txid_idx" ON "sync_changes" USING btree ("organisation_id","txid");
--> statement-breakpoint
-- Written by hand after drizzle-kit's part: every write to what phones cache notes its transaction, whatever path wrote it.
CREATE FUNCTION "sync_note_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	r record;
	k text;
	e uuid;
	o uuid;
BEGIN
	IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
	IF TG_TABLE_NAME = 'reminders' THEN
		k := 'reminder'; e := r.id; o := r.organisation_id;
	ELSIF TG_TABLE_NAME = 'reminder_recipients' THEN
		k := 'reminder'; e := r.reminder_id;
		SELECT organisation_id INTO o FROM reminders WHERE id = e;
	ELSIF TG_TABLE_NAME = 'debtors' THEN
		k := 'debtor'; e := r.id; o := r.organisation_id;
	ELSE
		k := 'debtor'; e := r.debtor_id; o := r.organisation_id;
	END IF;
	IF o IS NOT NULL THEN
		INSERT INTO sync_changes (kind, entity_id, organisation_id, txid)
		VALUES (k, e, o, pg_current_xact_id()::text::bigint)
		ON CONFLICT (kind, entity_id) DO UPDATE SET txid = excluded.txid, organisation_id = excluded.organisation_id;
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "reminders_sync" AFTER INSERT OR UPDATE OR DELETE ON "reminders" FOR EACH ROW EXECUTE FUNCTION "sync_note_change"();
--> statement-breakpoint
CREATE TRIGGER "reminder_recipients_sync" AFTER INSERT OR UPDATE OR DELETE ON "reminder_recipients" FOR EACH ROW EXECUTE FUNCTION "sync_note_change"();
--> statement-breakpoint
CREATE TRIGGER "debtors_sync" AFTER INSERT OR UPDATE OR DELETE ON "debtors" FOR EACH ROW EXECUTE FUNCTION "sync_note_change"();
--> statement-breakpoint
CREATE TRIGGER "contacts_sync" AFTER INSERT OR UPDATE OR DELETE ON "contacts" FOR EACH ROW EXECUTE FUNCTION "sync_note_change"();
--> statement-breakpoint
CREATE TRIGGER "invoices_sync" AFTER INSERT OR UPDATE OR DELETE ON "invoices" FOR EACH ROW EXECUTE FUNCTION "sync_note_change"();
