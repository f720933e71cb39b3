ALTER TABLE "organisations" ADD COLUMN "logo" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "logo_type" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "letter_duplex" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "country" text DEFAULT 'FR' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "holiday_region" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "skip_holidays" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "bounce_fallback" text DEFAULT 'letter_then_sms' NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "email_check_reason" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "templates" ADD COLUMN "letter_subject" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "templates" ADD COLUMN "registered" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "reminders" ADD COLUMN "registered" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "registered_number" text;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "fallback_of" uuid;--> statement-breakpoint
ALTER TABLE "scenario_steps" ADD COLUMN "registered" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "deliveries_fallback_once_idx" ON "deliveries" USING btree ("fallback_of");