CREATE TYPE "public"."step_delay_from" AS ENUM('due_date', 'previous_step');--> statement-breakpoint
CREATE TABLE "debtor_pauses" (
	"debtor_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"until" date NOT NULL,
	"promised_cents" bigint,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scenario_reminders" (
	"reminder_id" uuid PRIMARY KEY NOT NULL,
	"scenario_id" uuid NOT NULL,
	"step_position" integer,
	"tag" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scenario_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"trigger" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"debtors" integer DEFAULT 0 NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"deleted" integer DEFAULT 0 NOT NULL,
	"skipped" integer DEFAULT 0 NOT NULL,
	"sending_held" boolean DEFAULT false NOT NULL,
	"details" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scenario_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"cron" text DEFAULT '0 7 * * 1-5' NOT NULL,
	"cron_enabled" boolean DEFAULT true NOT NULL,
	"min_gap_days" integer DEFAULT 7 NOT NULL,
	"report_user_ids" uuid[] DEFAULT '{}' NOT NULL,
	"last_scheduled_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scenario_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scenario_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"delay_days" integer NOT NULL,
	"delay_from" "step_delay_from" DEFAULT 'due_date' NOT NULL,
	"channels" text[] NOT NULL,
	"template_id" uuid,
	"requires_validation" boolean DEFAULT false NOT NULL,
	"tag" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scenarios" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"group_id" uuid,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"min_balance_cents" bigint DEFAULT 0 NOT NULL,
	"min_days_overdue" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "debtor_pauses" ADD CONSTRAINT "debtor_pauses_debtor_id_debtors_id_fk" FOREIGN KEY ("debtor_id") REFERENCES "public"."debtors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debtor_pauses" ADD CONSTRAINT "debtor_pauses_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debtor_pauses" ADD CONSTRAINT "debtor_pauses_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_reminders" ADD CONSTRAINT "scenario_reminders_reminder_id_reminders_id_fk" FOREIGN KEY ("reminder_id") REFERENCES "public"."reminders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_reminders" ADD CONSTRAINT "scenario_reminders_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_runs" ADD CONSTRAINT "scenario_runs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_settings" ADD CONSTRAINT "scenario_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_steps" ADD CONSTRAINT "scenario_steps_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_steps" ADD CONSTRAINT "scenario_steps_template_id_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."templates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scenario_reminders_scenario_idx" ON "scenario_reminders" USING btree ("scenario_id");--> statement-breakpoint
CREATE INDEX "scenario_runs_org_idx" ON "scenario_runs" USING btree ("organisation_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "scenario_steps_position_idx" ON "scenario_steps" USING btree ("scenario_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "scenarios_org_group_idx" ON "scenarios" USING btree ("organisation_id","group_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scenarios_org_default_idx" ON "scenarios" USING btree ("organisation_id") WHERE "scenarios"."group_id" is null;