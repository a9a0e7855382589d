CREATE TYPE "public"."outcome_instrument" AS ENUM('lefs', 'psfs', 'groc');--> statement-breakpoint
CREATE TABLE "measure_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"runner_id" uuid NOT NULL,
	"instrument" "outcome_instrument" NOT NULL,
	"client_id" uuid NOT NULL,
	"date" date NOT NULL,
	"activities" text[] DEFAULT '{}'::text[] NOT NULL,
	"answers" smallint[] NOT NULL,
	"score" numeric(3, 1) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_responses_runner_client_unique" UNIQUE("runner_id","client_id"),
	CONSTRAINT "measure_responses_instrument" CHECK ("measure_responses"."instrument" IN ('psfs', 'groc')),
	CONSTRAINT "measure_responses_answers_shape" CHECK (array_ndims("measure_responses"."answers") = 1 AND array_position("measure_responses"."answers", NULL) IS NULL),
	CONSTRAINT "measure_responses_psfs" CHECK ("measure_responses"."instrument" <> 'psfs' OR (cardinality("measure_responses"."answers") BETWEEN 1 AND 3 AND 0 <= ALL("measure_responses"."answers") AND 10 >= ALL("measure_responses"."answers")
        AND cardinality("measure_responses"."activities") = cardinality("measure_responses"."answers") AND array_position("measure_responses"."activities", NULL) IS NULL
        AND '' <> ALL("measure_responses"."activities") AND length(array_to_string("measure_responses"."activities", '')) <= 360)),
	CONSTRAINT "measure_responses_groc" CHECK ("measure_responses"."instrument" <> 'groc' OR (cardinality("measure_responses"."answers") = 1 AND "measure_responses"."answers"[1] BETWEEN -7 AND 7 AND cardinality("measure_responses"."activities") = 0)),
	CONSTRAINT "measure_responses_score" CHECK ("measure_responses"."score" = CASE WHEN "measure_responses"."instrument" = 'groc' THEN "measure_responses"."answers"[1]
        ELSE round(("measure_responses"."answers"[1] + coalesce("measure_responses"."answers"[2], 0) + coalesce("measure_responses"."answers"[3], 0))::numeric / cardinality("measure_responses"."answers"), 1) END),
	CONSTRAINT "measure_responses_date_range" CHECK ("measure_responses"."date" IS NULL OR "measure_responses"."date" BETWEEN '2000-01-01' AND '2099-12-31')
);
--> statement-breakpoint
CREATE TABLE "measure_schedules" (
	"runner_id" uuid NOT NULL,
	"instrument" "outcome_instrument" NOT NULL,
	"at_intake" boolean DEFAULT false NOT NULL,
	"every_days" smallint,
	"at_discharge" boolean DEFAULT false NOT NULL,
	"starts_on" date NOT NULL,
	"set_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measure_schedules_pk" PRIMARY KEY("runner_id","instrument"),
	CONSTRAINT "measure_schedules_every_range" CHECK ("measure_schedules"."every_days" IS NULL OR "measure_schedules"."every_days" BETWEEN 7 AND 56),
	CONSTRAINT "measure_schedules_some_occasion" CHECK ("measure_schedules"."at_intake" OR "measure_schedules"."every_days" IS NOT NULL OR "measure_schedules"."at_discharge"),
	CONSTRAINT "measure_schedules_start_range" CHECK ("measure_schedules"."starts_on" IS NULL OR "measure_schedules"."starts_on" BETWEEN '2000-01-01' AND '2099-12-31')
);
--> statement-breakpoint
CREATE TABLE "episodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"runner_id" uuid NOT NULL,
	"clinic_id" uuid NOT NULL,
	"started_on" date NOT NULL,
	"discharged_on" date NOT NULL,
	"discharged_by" uuid NOT NULL,
	"presentation" "presentation" NOT NULL,
	"template_id" uuid,
	"template_name" text,
	"care_team" uuid[] NOT NULL,
	"days_to_pain_free" smallint,
	"sessions_done" integer NOT NULL,
	"sessions_prescribed" integer NOT NULL,
	"red_flags" smallint NOT NULL,
	"lefs_first" smallint,
	"lefs_last" smallint,
	"psfs_first" numeric(3, 1),
	"psfs_last" numeric(3, 1),
	"groc" smallint,
	"body" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "episodes_runner_start_unique" UNIQUE("runner_id","started_on"),
	CONSTRAINT "episodes_dates" CHECK ("episodes"."discharged_on" >= "episodes"."started_on"),
	CONSTRAINT "episodes_started_range" CHECK ("episodes"."started_on" IS NULL OR "episodes"."started_on" BETWEEN '2000-01-01' AND '2099-12-31'),
	CONSTRAINT "episodes_discharged_range" CHECK ("episodes"."discharged_on" IS NULL OR "episodes"."discharged_on" BETWEEN '2000-01-01' AND '2099-12-31'),
	CONSTRAINT "episodes_days_to_pain_free" CHECK ("episodes"."days_to_pain_free" IS NULL OR "episodes"."days_to_pain_free" >= 7),
	CONSTRAINT "episodes_counts" CHECK ("episodes"."sessions_done" >= 0 AND "episodes"."sessions_prescribed" >= 0 AND "episodes"."red_flags" >= 0),
	CONSTRAINT "episodes_lefs" CHECK (("episodes"."lefs_first" IS NULL OR "episodes"."lefs_first" BETWEEN 0 AND 80) AND ("episodes"."lefs_last" IS NULL OR "episodes"."lefs_last" BETWEEN 0 AND 80)),
	CONSTRAINT "episodes_psfs" CHECK (("episodes"."psfs_first" IS NULL OR "episodes"."psfs_first" BETWEEN 0 AND 10) AND ("episodes"."psfs_last" IS NULL OR "episodes"."psfs_last" BETWEEN 0 AND 10)),
	CONSTRAINT "episodes_groc" CHECK ("episodes"."groc" IS NULL OR "episodes"."groc" BETWEEN -7 AND 7)
);
--> statement-breakpoint
ALTER TABLE "runner_profiles" ADD COLUMN "discharge_measures_asked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "template_id" uuid;--> statement-breakpoint
ALTER TABLE "measure_responses" ADD CONSTRAINT "measure_responses_runner_id_users_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_schedules" ADD CONSTRAINT "measure_schedules_runner_id_users_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_schedules" ADD CONSTRAINT "measure_schedules_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_runner_id_users_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_discharged_by_users_id_fk" FOREIGN KEY ("discharged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_template_id_plan_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."plan_templates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "measure_responses_runner_idx" ON "measure_responses" USING btree ("runner_id","instrument","date");--> statement-breakpoint
CREATE INDEX "episodes_clinic_idx" ON "episodes" USING btree ("clinic_id","discharged_on");--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_template_id_plan_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."plan_templates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- The LEFS schedules move onto the one schedule table, every one as it was: every N days from its first due date.
INSERT INTO "measure_schedules" ("runner_id", "instrument", "every_days", "starts_on", "set_by", "updated_at")
  SELECT "runner_id", 'lefs', "every_days", "starts_on", "set_by", "updated_at" FROM "lefs_schedules";--> statement-breakpoint
-- Plans built from a template said so only in the audit log until now: the outcomes page groups by it.
UPDATE "plans" SET "template_id" = t."id"
  FROM "audit_log" a JOIN "plan_templates" t ON t."id"::text = a."detail"->>'templateId'
  WHERE a."action" = 'plan.create' AND a."subject_id" = "plans"."id"::text;
