ALTER TABLE "export_formats" ADD COLUMN "language" text DEFAULT 'fr' NOT NULL;--> statement-breakpoint
CREATE INDEX "invoices_org_unpaid_idx" ON "invoices" USING btree ("organisation_id","due_date","debtor_id","amount_cents","paid_cents") WHERE "invoices"."paid_cents" < "invoices"."amount_cents";--> statement-breakpoint
CREATE INDEX "payments_org_paid_on_idx" ON "payments" USING btree ("organisation_id","paid_on");--> statement-breakpoint
CREATE INDEX "reminders_org_sent_idx" ON "reminders" USING btree ("organisation_id","sent_at","debtor_id","id") WHERE "reminders"."status" = 'sent';--> statement-breakpoint
CREATE INDEX "deliveries_org_at_idx" ON "deliveries" USING btree ("organisation_id",coalesce("sent_at", "created_at"));--> statement-breakpoint
CREATE INDEX "debtor_pauses_org_idx" ON "debtor_pauses" USING btree ("organisation_id","until");