CREATE TYPE "public"."exercise_category" AS ENUM('nerve_glide', 'stretch', 'strength', 'eccentric', 'soft_tissue', 'running');--> statement-breakpoint
CREATE TYPE "public"."pain_rule" AS ENUM('standard', 'neural');--> statement-breakpoint
CREATE TYPE "public"."plan_status" AS ENUM('active', 'ended');--> statement-breakpoint
CREATE TYPE "public"."presentation" AS ENUM('hamstring_strain', 'cramp', 'referred_lumbar', 'tight_hamstrings', 'neural_tension');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('clinician', 'runner');--> statement-breakpoint
CREATE TYPE "public"."session_kind" AS ENUM('exercise', 'run');--> statement-breakpoint
CREATE TYPE "public"."affected_side" AS ENUM('left', 'right', 'both');--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_team" (
	"clinician_id" uuid NOT NULL,
	"runner_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "care_team_clinician_id_runner_id_pk" PRIMARY KEY("clinician_id","runner_id")
);
--> statement-breakpoint
CREATE TABLE "clinician_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"runner_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clinician_notes_body_length" CHECK (length(trim("clinician_notes"."body")) BETWEEN 1 AND 5000)
);
--> statement-breakpoint
CREATE TABLE "clinics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exercise_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_log_id" uuid NOT NULL,
	"prescription_id" uuid NOT NULL,
	"done" boolean NOT NULL,
	"sets" smallint,
	"reps" smallint,
	"hold_seconds" smallint,
	"pain_during" smallint,
	CONSTRAINT "exercise_results_session_prescription_unique" UNIQUE("session_log_id","prescription_id"),
	CONSTRAINT "exercise_results_pain_range" CHECK ("exercise_results"."pain_during" IS NULL OR "exercise_results"."pain_during" BETWEEN 0 AND 10),
	CONSTRAINT "exercise_results_sets_range" CHECK ("exercise_results"."sets" IS NULL OR "exercise_results"."sets" BETWEEN 0 AND 20),
	CONSTRAINT "exercise_results_reps_range" CHECK ("exercise_results"."reps" IS NULL OR "exercise_results"."reps" BETWEEN 0 AND 100),
	CONSTRAINT "exercise_results_hold_range" CHECK ("exercise_results"."hold_seconds" IS NULL OR "exercise_results"."hold_seconds" BETWEEN 0 AND 600)
);
--> statement-breakpoint
CREATE TABLE "exercises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid,
	"name" text NOT NULL,
	"category" "exercise_category" NOT NULL,
	"presentations" "presentation"[] DEFAULT '{}' NOT NULL,
	"instructions" text NOT NULL,
	"cues" text DEFAULT '' NOT NULL,
	"default_sets" smallint NOT NULL,
	"default_reps" smallint,
	"default_hold_seconds" smallint,
	"default_days_per_week" smallint NOT NULL,
	"dose_notes" text DEFAULT '' NOT NULL,
	"pain_rule" "pain_rule" DEFAULT 'standard' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exercises_clinic_name_unique" UNIQUE NULLS NOT DISTINCT("clinic_id","name"),
	CONSTRAINT "exercises_sets_range" CHECK ("exercises"."default_sets" BETWEEN 1 AND 20),
	CONSTRAINT "exercises_reps_range" CHECK ("exercises"."default_reps" IS NULL OR "exercises"."default_reps" BETWEEN 1 AND 100),
	CONSTRAINT "exercises_hold_range" CHECK ("exercises"."default_hold_seconds" IS NULL OR "exercises"."default_hold_seconds" BETWEEN 1 AND 600),
	CONSTRAINT "exercises_reps_or_hold" CHECK (("exercises"."default_reps" IS NULL) <> ("exercises"."default_hold_seconds" IS NULL)),
	CONSTRAINT "exercises_days_range" CHECK ("exercises"."default_days_per_week" BETWEEN 1 AND 7)
);
--> statement-breakpoint
CREATE TABLE "invites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"runner_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invites_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "morning_checkins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"runner_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"date" date NOT NULL,
	"pain" smallint NOT NULL,
	"stiffness" smallint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "morning_checkins_runner_date_unique" UNIQUE("runner_id","date"),
	CONSTRAINT "morning_checkins_runner_client_unique" UNIQUE("runner_id","client_id"),
	CONSTRAINT "morning_checkins_pain_range" CHECK ("morning_checkins"."pain" IS NULL OR "morning_checkins"."pain" BETWEEN 0 AND 10),
	CONSTRAINT "morning_checkins_stiffness_range" CHECK ("morning_checkins"."stiffness" IS NULL OR "morning_checkins"."stiffness" BETWEEN 0 AND 10)
);
--> statement-breakpoint
CREATE TABLE "plan_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clinic_id" uuid NOT NULL,
	"name" text NOT NULL,
	"presentation" "presentation",
	"description" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_templates_clinic_name_unique" UNIQUE("clinic_id","name")
);
--> statement-breakpoint
CREATE TABLE "plan_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"effective_from" date NOT NULL,
	"change_note" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_versions_plan_version_unique" UNIQUE("plan_id","version"),
	CONSTRAINT "plan_versions_version_positive" CHECK ("plan_versions"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"runner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"goal" text DEFAULT '' NOT NULL,
	"start_date" date NOT NULL,
	"status" "plan_status" DEFAULT 'active' NOT NULL,
	"ended_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_ended_consistent" CHECK (("plans"."status" = 'ended') = ("plans"."ended_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "prescriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_version_id" uuid NOT NULL,
	"exercise_id" uuid NOT NULL,
	"sets" smallint NOT NULL,
	"reps" smallint,
	"hold_seconds" smallint,
	"days_per_week" smallint NOT NULL,
	"weekdays" smallint[] DEFAULT '{}' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "prescriptions_sets_range" CHECK ("prescriptions"."sets" BETWEEN 1 AND 20),
	CONSTRAINT "prescriptions_reps_range" CHECK ("prescriptions"."reps" IS NULL OR "prescriptions"."reps" BETWEEN 1 AND 100),
	CONSTRAINT "prescriptions_hold_range" CHECK ("prescriptions"."hold_seconds" IS NULL OR "prescriptions"."hold_seconds" BETWEEN 1 AND 600),
	CONSTRAINT "prescriptions_reps_or_hold" CHECK (("prescriptions"."reps" IS NULL) <> ("prescriptions"."hold_seconds" IS NULL)),
	CONSTRAINT "prescriptions_days_range" CHECK ("prescriptions"."days_per_week" BETWEEN 1 AND 7),
	CONSTRAINT "prescriptions_weekdays_valid" CHECK ("prescriptions"."weekdays" <@ ARRAY[1,2,3,4,5,6,7]::smallint[]),
	CONSTRAINT "prescriptions_notes_length" CHECK (length("prescriptions"."notes") <= 2000)
);
--> statement-breakpoint
CREATE TABLE "runner_profiles" (
	"runner_id" uuid PRIMARY KEY NOT NULL,
	"presentation" "presentation" NOT NULL,
	"affected_side" "affected_side" NOT NULL,
	"goal" text DEFAULT '' NOT NULL,
	"start_date" date NOT NULL,
	"usual_pain" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "runner_profiles_usual_pain_range" CHECK ("runner_profiles"."usual_pain" IS NULL OR "runner_profiles"."usual_pain" BETWEEN 0 AND 10)
);
--> statement-breakpoint
CREATE TABLE "session_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"runner_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"kind" "session_kind" NOT NULL,
	"date" date NOT NULL,
	"duration_minutes" smallint NOT NULL,
	"rpe" smallint NOT NULL,
	"pain_during" smallint NOT NULL,
	"pain_after" smallint NOT NULL,
	"distance_km" numeric(5, 2),
	"notes" text DEFAULT '' NOT NULL,
	"plan_version_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_logs_runner_client_unique" UNIQUE("runner_id","client_id"),
	CONSTRAINT "session_logs_rpe_range" CHECK ("session_logs"."rpe" IS NULL OR "session_logs"."rpe" BETWEEN 0 AND 10),
	CONSTRAINT "session_logs_pain_during_range" CHECK ("session_logs"."pain_during" IS NULL OR "session_logs"."pain_during" BETWEEN 0 AND 10),
	CONSTRAINT "session_logs_pain_after_range" CHECK ("session_logs"."pain_after" IS NULL OR "session_logs"."pain_after" BETWEEN 0 AND 10),
	CONSTRAINT "session_logs_duration_range" CHECK ("session_logs"."duration_minutes" BETWEEN 1 AND 1440),
	CONSTRAINT "session_logs_distance_range" CHECK ("session_logs"."distance_km" IS NULL OR ("session_logs"."distance_km" >= 0 AND "session_logs"."distance_km" <= 300)),
	CONSTRAINT "session_logs_run_has_distance" CHECK ("session_logs"."kind" <> 'run' OR "session_logs"."distance_km" IS NOT NULL),
	CONSTRAINT "session_logs_notes_length" CHECK (length("session_logs"."notes") <= 2000)
);
--> statement-breakpoint
CREATE TABLE "template_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"template_id" uuid NOT NULL,
	"phase" smallint DEFAULT 1 NOT NULL,
	"phase_label" text DEFAULT '' NOT NULL,
	"phase_weeks" smallint,
	"exercise_id" uuid NOT NULL,
	"sets" smallint NOT NULL,
	"reps" smallint,
	"hold_seconds" smallint,
	"days_per_week" smallint NOT NULL,
	"weekdays" smallint[] DEFAULT '{}' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "template_items_sets_range" CHECK ("template_items"."sets" BETWEEN 1 AND 20),
	CONSTRAINT "template_items_reps_range" CHECK ("template_items"."reps" IS NULL OR "template_items"."reps" BETWEEN 1 AND 100),
	CONSTRAINT "template_items_hold_range" CHECK ("template_items"."hold_seconds" IS NULL OR "template_items"."hold_seconds" BETWEEN 1 AND 600),
	CONSTRAINT "template_items_reps_or_hold" CHECK (("template_items"."reps" IS NULL) <> ("template_items"."hold_seconds" IS NULL)),
	CONSTRAINT "template_items_days_range" CHECK ("template_items"."days_per_week" BETWEEN 1 AND 7),
	CONSTRAINT "template_items_weekdays_valid" CHECK ("template_items"."weekdays" <@ ARRAY[1,2,3,4,5,6,7]::smallint[]),
	CONSTRAINT "template_items_notes_length" CHECK (length("template_items"."notes") <= 2000),
	CONSTRAINT "template_items_phase_range" CHECK ("template_items"."phase" BETWEEN 1 AND 12)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"role" "role" NOT NULL,
	"clinic_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email"),
	CONSTRAINT "users_email_lowercase" CHECK ("users"."email" = lower("users"."email")),
	CONSTRAINT "users_name_present" CHECK (length(trim("users"."name")) > 0)
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_team" ADD CONSTRAINT "care_team_clinician_id_users_id_fk" FOREIGN KEY ("clinician_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_team" ADD CONSTRAINT "care_team_runner_id_users_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinician_notes" ADD CONSTRAINT "clinician_notes_runner_id_users_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinician_notes" ADD CONSTRAINT "clinician_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_results" ADD CONSTRAINT "exercise_results_session_log_id_session_logs_id_fk" FOREIGN KEY ("session_log_id") REFERENCES "public"."session_logs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_results" ADD CONSTRAINT "exercise_results_prescription_id_prescriptions_id_fk" FOREIGN KEY ("prescription_id") REFERENCES "public"."prescriptions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invites" ADD CONSTRAINT "invites_runner_id_users_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invites" ADD CONSTRAINT "invites_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "morning_checkins" ADD CONSTRAINT "morning_checkins_runner_id_users_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_templates" ADD CONSTRAINT "plan_templates_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_templates" ADD CONSTRAINT "plan_templates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_runner_id_users_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prescriptions" ADD CONSTRAINT "prescriptions_plan_version_id_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."plan_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prescriptions" ADD CONSTRAINT "prescriptions_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runner_profiles" ADD CONSTRAINT "runner_profiles_runner_id_users_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_logs" ADD CONSTRAINT "session_logs_runner_id_users_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_logs" ADD CONSTRAINT "session_logs_plan_version_id_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."plan_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "template_items" ADD CONSTRAINT "template_items_template_id_plan_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."plan_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "template_items" ADD CONSTRAINT "template_items_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_subject_idx" ON "audit_log" USING btree ("subject_type","subject_id","at");--> statement-breakpoint
CREATE INDEX "care_team_runner_idx" ON "care_team" USING btree ("runner_id");--> statement-breakpoint
CREATE INDEX "clinician_notes_runner_idx" ON "clinician_notes" USING btree ("runner_id","created_at");--> statement-breakpoint
CREATE INDEX "exercise_results_prescription_idx" ON "exercise_results" USING btree ("prescription_id");--> statement-breakpoint
CREATE INDEX "exercises_clinic_idx" ON "exercises" USING btree ("clinic_id");--> statement-breakpoint
CREATE INDEX "invites_runner_idx" ON "invites" USING btree ("runner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_one_active_per_runner" ON "plans" USING btree ("runner_id") WHERE "plans"."status" = 'active';--> statement-breakpoint
CREATE INDEX "plans_runner_idx" ON "plans" USING btree ("runner_id","created_at");--> statement-breakpoint
CREATE INDEX "prescriptions_version_idx" ON "prescriptions" USING btree ("plan_version_id","position");--> statement-breakpoint
CREATE INDEX "session_logs_runner_date_idx" ON "session_logs" USING btree ("runner_id","date");--> statement-breakpoint
CREATE INDEX "template_items_template_idx" ON "template_items" USING btree ("template_id","phase","position");--> statement-breakpoint
CREATE INDEX "users_clinic_role_idx" ON "users" USING btree ("clinic_id","role");