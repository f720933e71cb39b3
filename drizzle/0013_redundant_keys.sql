ALTER TABLE "reminder_events" DROP CONSTRAINT "reminder_events_organisation_id_organisations_id_fk";
--> statement-breakpoint
ALTER TABLE "reminder_events" DROP CONSTRAINT "reminder_events_debtor_id_debtors_id_fk";
--> statement-breakpoint
ALTER TABLE "deliveries" DROP CONSTRAINT "deliveries_organisation_id_organisations_id_fk";
