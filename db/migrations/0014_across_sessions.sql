ALTER TABLE "deliveries" DROP CONSTRAINT "deliveries_kind";--> statement-breakpoint
ALTER TABLE "clinic_pain_rules" ADD COLUMN "reinjury_pain_during" smallint DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "clinic_pain_rules" ADD COLUMN "morning_creep_sessions" smallint DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "clinic_pain_rules" ADD COLUMN "no_checkin_sessions" smallint DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE "clinic_pain_rules" ADD COLUMN "return_km_above" numeric(4, 1) DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE "clinic_pain_rules" ADD COLUMN "return_runs_above" smallint DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "clinic_pain_rules" ADD COLUMN "not_screened_days" smallint DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "red_flag_reports" ADD COLUMN "worry" text;--> statement-breakpoint
ALTER TABLE "red_flag_reports" ADD COLUMN "alert_queued_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "runner_pain_rules" ADD COLUMN "reinjury_pain_during" smallint;--> statement-breakpoint
ALTER TABLE "runner_pain_rules" ADD COLUMN "morning_creep_sessions" smallint;--> statement-breakpoint
ALTER TABLE "runner_pain_rules" ADD COLUMN "no_checkin_sessions" smallint;--> statement-breakpoint
ALTER TABLE "runner_pain_rules" ADD COLUMN "return_km_above" numeric(4, 1);--> statement-breakpoint
ALTER TABLE "runner_pain_rules" ADD COLUMN "return_runs_above" smallint;--> statement-breakpoint
ALTER TABLE "runner_pain_rules" ADD COLUMN "not_screened_days" smallint;--> statement-breakpoint
ALTER TABLE "runner_profiles" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "runner_profiles" ADD COLUMN "reviewed_by" uuid;--> statement-breakpoint
ALTER TABLE "runner_profiles" ADD COLUMN "history_flags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "session_logs" ADD COLUMN "sudden_pain" boolean;--> statement-breakpoint
ALTER TABLE "session_logs" ADD COLUMN "nerve_symptoms" boolean;--> statement-breakpoint
ALTER TABLE "runner_profiles" ADD CONSTRAINT "runner_profiles_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinic_pain_rules" ADD CONSTRAINT "clinic_pain_rules_reinjury_range" CHECK ("clinic_pain_rules"."reinjury_pain_during" IS NULL OR "clinic_pain_rules"."reinjury_pain_during" BETWEEN 1 AND 10);--> statement-breakpoint
ALTER TABLE "clinic_pain_rules" ADD CONSTRAINT "clinic_pain_rules_counts_range" CHECK (("clinic_pain_rules"."morning_creep_sessions" IS NULL OR "clinic_pain_rules"."morning_creep_sessions" BETWEEN 2 AND 10) AND ("clinic_pain_rules"."no_checkin_sessions" IS NULL OR "clinic_pain_rules"."no_checkin_sessions" BETWEEN 1 AND 14)
        AND ("clinic_pain_rules"."return_runs_above" IS NULL OR "clinic_pain_rules"."return_runs_above" BETWEEN 1 AND 14) AND ("clinic_pain_rules"."not_screened_days" IS NULL OR "clinic_pain_rules"."not_screened_days" BETWEEN 1 AND 14));--> statement-breakpoint
ALTER TABLE "clinic_pain_rules" ADD CONSTRAINT "clinic_pain_rules_return_km_range" CHECK ("clinic_pain_rules"."return_km_above" IS NULL OR "clinic_pain_rules"."return_km_above" BETWEEN 1 AND 200);--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_kind" CHECK ("deliveries"."kind" IN ('invite', 'exercise', 'checkin', 'nudge', 'digest', 'message', 'account', 'red_flag'));--> statement-breakpoint
ALTER TABLE "red_flag_reports" ADD CONSTRAINT "red_flag_reports_urgent_close_noted" CHECK ("red_flag_reports"."resolved_at" IS NULL OR "red_flag_reports"."urgency" NOT IN ('emergency', 'today') OR length(trim(coalesce("red_flag_reports"."resolution_note", ''))) > 0) NOT VALID;--> statement-breakpoint
ALTER TABLE "red_flag_reports" ADD CONSTRAINT "red_flag_reports_worry_length" CHECK ("red_flag_reports"."worry" IS NULL OR length(trim("red_flag_reports"."worry")) BETWEEN 1 AND 2000);--> statement-breakpoint
ALTER TABLE "runner_pain_rules" ADD CONSTRAINT "runner_pain_rules_reinjury_range" CHECK ("runner_pain_rules"."reinjury_pain_during" IS NULL OR "runner_pain_rules"."reinjury_pain_during" BETWEEN 1 AND 10);--> statement-breakpoint
ALTER TABLE "runner_pain_rules" ADD CONSTRAINT "runner_pain_rules_counts_range" CHECK (("runner_pain_rules"."morning_creep_sessions" IS NULL OR "runner_pain_rules"."morning_creep_sessions" BETWEEN 2 AND 10) AND ("runner_pain_rules"."no_checkin_sessions" IS NULL OR "runner_pain_rules"."no_checkin_sessions" BETWEEN 1 AND 14)
        AND ("runner_pain_rules"."return_runs_above" IS NULL OR "runner_pain_rules"."return_runs_above" BETWEEN 1 AND 14) AND ("runner_pain_rules"."not_screened_days" IS NULL OR "runner_pain_rules"."not_screened_days" BETWEEN 1 AND 14));--> statement-breakpoint
ALTER TABLE "runner_pain_rules" ADD CONSTRAINT "runner_pain_rules_return_km_range" CHECK ("runner_pain_rules"."return_km_above" IS NULL OR "runner_pain_rules"."return_km_above" BETWEEN 1 AND 200);--> statement-breakpoint
ALTER TABLE "runner_profiles" ADD CONSTRAINT "runner_profiles_reviewed_complete" CHECK (("runner_profiles"."reviewed_at" IS NULL) = ("runner_profiles"."reviewed_by" IS NULL));--> statement-breakpoint
ALTER TABLE "runner_profiles" ADD CONSTRAINT "runner_profiles_history_flags_known" CHECK ("runner_profiles"."history_flags" <@ array['previous-cancer', 'recent-trauma', 'over-50-new-back-pain', 'immunosuppression']::text[]);--> statement-breakpoint
-- Flags closed before this rule stay as they were recorded (NOT VALID above); every close from now on needs
-- a note for an emergency or same-day flag.
COMMENT ON CONSTRAINT "red_flag_reports_urgent_close_noted" ON "red_flag_reports" IS 'Emergency and same-day flags close with a written note; older rows are not re-checked.';
