CREATE TABLE "clinic_ladder_steps" (
	"clinic_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"walk_minutes" smallint NOT NULL,
	"run_minutes" smallint NOT NULL,
	"repeats" smallint NOT NULL,
	CONSTRAINT "clinic_ladder_steps_clinic_id_position_pk" PRIMARY KEY("clinic_id","position"),
	CONSTRAINT "clinic_ladder_steps_range" CHECK ("clinic_ladder_steps"."position" BETWEEN 1 AND 12 AND "clinic_ladder_steps"."walk_minutes" BETWEEN 0 AND 30 AND "clinic_ladder_steps"."run_minutes" BETWEEN 1 AND 120 AND "clinic_ladder_steps"."repeats" BETWEEN 1 AND 20)
);
--> statement-breakpoint
CREATE TABLE "ladder_moves" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ladder_id" uuid NOT NULL,
	"step" smallint NOT NULL,
	"effective_from" date NOT NULL,
	"reason" text NOT NULL,
	"because" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ladder_moves_one_a_day" UNIQUE("ladder_id","effective_from"),
	CONSTRAINT "ladder_moves_step_range" CHECK ("ladder_moves"."step" BETWEEN 1 AND 12),
	CONSTRAINT "ladder_moves_reason_valid" CHECK ("ladder_moves"."reason" IN ('start', 'up', 'down'))
);
--> statement-breakpoint
CREATE TABLE "run_ladders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"runner_id" uuid NOT NULL,
	"steps" jsonb NOT NULL,
	"checklist" text[] NOT NULL,
	"checklist_note" text DEFAULT '' NOT NULL,
	"started_on" date NOT NULL,
	"started_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "run_ladders_steps_count" CHECK (jsonb_array_length("run_ladders"."steps") BETWEEN 1 AND 12),
	CONSTRAINT "run_ladders_checklist_ticked" CHECK (cardinality("run_ladders"."checklist") >= 1),
	CONSTRAINT "run_ladders_note_length" CHECK (length("run_ladders"."checklist_note") <= 1000),
	CONSTRAINT "run_ladders_started_on_range" CHECK ("run_ladders"."started_on" IS NULL OR "run_ladders"."started_on" BETWEEN '2000-01-01' AND '2099-12-31')
);
--> statement-breakpoint
ALTER TABLE "clinic_pain_rules" ADD COLUMN "progress_green_sessions" smallint DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "clinic_pain_rules" ADD COLUMN "progress_clear_days" smallint DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "clinic_pain_rules" ADD COLUMN "step_back_reds" smallint DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE "clinic_pain_rules" ADD COLUMN "step_back_days" smallint DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "clinic_pain_rules" ADD COLUMN "ladder_green_runs" smallint DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD COLUMN "phase" smallint DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD COLUMN "phase_label" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD COLUMN "waiting" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD COLUMN "min_days" smallint;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD COLUMN "began_because" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "self_progressing" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "held_on" date;--> statement-breakpoint
ALTER TABLE "runner_pain_rules" ADD COLUMN "progress_green_sessions" smallint;--> statement-breakpoint
ALTER TABLE "runner_pain_rules" ADD COLUMN "progress_clear_days" smallint;--> statement-breakpoint
ALTER TABLE "runner_pain_rules" ADD COLUMN "step_back_reds" smallint;--> statement-breakpoint
ALTER TABLE "runner_pain_rules" ADD COLUMN "step_back_days" smallint;--> statement-breakpoint
ALTER TABLE "runner_pain_rules" ADD COLUMN "ladder_green_runs" smallint;--> statement-breakpoint
ALTER TABLE "session_logs" ADD COLUMN "ladder_step" smallint;--> statement-breakpoint
ALTER TABLE "clinic_ladder_steps" ADD CONSTRAINT "clinic_ladder_steps_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ladder_moves" ADD CONSTRAINT "ladder_moves_ladder_id_run_ladders_id_fk" FOREIGN KEY ("ladder_id") REFERENCES "public"."run_ladders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "run_ladders" ADD CONSTRAINT "run_ladders_runner_id_users_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "run_ladders" ADD CONSTRAINT "run_ladders_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "run_ladders_one_active_per_runner" ON "run_ladders" USING btree ("runner_id") WHERE "run_ladders"."ended_at" IS NULL;--> statement-breakpoint
ALTER TABLE "clinic_pain_rules" ADD CONSTRAINT "clinic_pain_rules_progression_range" CHECK (("clinic_pain_rules"."progress_green_sessions" IS NULL OR "clinic_pain_rules"."progress_green_sessions" BETWEEN 1 AND 10) AND ("clinic_pain_rules"."progress_clear_days" IS NULL OR "clinic_pain_rules"."progress_clear_days" BETWEEN 1 AND 28)
        AND ("clinic_pain_rules"."step_back_reds" IS NULL OR "clinic_pain_rules"."step_back_reds" BETWEEN 1 AND 5) AND ("clinic_pain_rules"."step_back_days" IS NULL OR "clinic_pain_rules"."step_back_days" BETWEEN 1 AND 28)
        AND ("clinic_pain_rules"."ladder_green_runs" IS NULL OR "clinic_pain_rules"."ladder_green_runs" BETWEEN 1 AND 5));--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_phase_range" CHECK ("plan_versions"."phase" BETWEEN 1 AND 12);--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_min_days_range" CHECK ("plan_versions"."min_days" IS NULL OR "plan_versions"."min_days" BETWEEN 1 AND 366);--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_began_because_length" CHECK (length("plan_versions"."began_because") <= 500 AND length("plan_versions"."phase_label") <= 200);--> statement-breakpoint
ALTER TABLE "runner_pain_rules" ADD CONSTRAINT "runner_pain_rules_progression_range" CHECK (("runner_pain_rules"."progress_green_sessions" IS NULL OR "runner_pain_rules"."progress_green_sessions" BETWEEN 1 AND 10) AND ("runner_pain_rules"."progress_clear_days" IS NULL OR "runner_pain_rules"."progress_clear_days" BETWEEN 1 AND 28)
        AND ("runner_pain_rules"."step_back_reds" IS NULL OR "runner_pain_rules"."step_back_reds" BETWEEN 1 AND 5) AND ("runner_pain_rules"."step_back_days" IS NULL OR "runner_pain_rules"."step_back_days" BETWEEN 1 AND 28)
        AND ("runner_pain_rules"."ladder_green_runs" IS NULL OR "runner_pain_rules"."ladder_green_runs" BETWEEN 1 AND 5));--> statement-breakpoint
-- Existing plans: a template's phases were written with the plan, in one transaction (one created_at);
-- number them in date order and give each the length it was dated for. An edit belongs to the phase
-- that was in force on its day.
WITH born AS (
  SELECT v.id, v.plan_id, v.effective_from,
         row_number() OVER (PARTITION BY v.plan_id ORDER BY v.effective_from, v.version) AS phase,
         lead(v.effective_from) OVER (PARTITION BY v.plan_id ORDER BY v.effective_from, v.version) AS next_from
  FROM plan_versions v
  JOIN plan_versions first ON first.plan_id = v.plan_id AND first.version = 1
  WHERE v.created_at = first.created_at AND v.superseded_at IS NULL
)
UPDATE plan_versions v SET phase = least(born.phase, 12), phase_label = CASE WHEN born.phase > 1 THEN left(v.change_note, 200) ELSE '' END, min_days = CASE WHEN born.next_from IS NULL THEN NULL ELSE least(born.next_from - born.effective_from, 366) END
FROM born WHERE born.id = v.id;
--> statement-breakpoint
UPDATE plan_versions e SET (phase, phase_label, min_days) = (SELECT coalesce(max(x.phase), 1), coalesce(max(x.phase_label), ''), max(x.min_days) FROM (
  SELECT t.phase, t.phase_label, t.min_days FROM plan_versions t JOIN plan_versions first ON first.plan_id = t.plan_id AND first.version = 1
  WHERE t.plan_id = e.plan_id AND t.created_at = first.created_at AND t.superseded_at IS NULL AND t.effective_from <= e.effective_from
  ORDER BY t.effective_from DESC, t.version DESC LIMIT 1) x)
WHERE e.created_at > (SELECT first.created_at FROM plan_versions first WHERE first.plan_id = e.plan_id AND first.version = 1);
--> statement-breakpoint
-- No phase begins by date alone: each later phase of an active plan still dated ahead now waits for its criteria.
UPDATE plan_versions v SET waiting = true
FROM plans p
WHERE p.id = v.plan_id AND p.status = 'active' AND v.superseded_at IS NULL AND v.effective_from > current_date
  AND v.phase > 1 AND v.version > 1;
--> statement-breakpoint
UPDATE plan_versions v SET began_because = CASE WHEN v.version = 1 THEN 'The plan began' ELSE 'Began on its date (before phases waited for their criteria)' END
WHERE NOT v.waiting AND v.superseded_at IS NULL AND (v.version = 1 OR v.phase > 1)
  AND v.created_at = (SELECT first.created_at FROM plan_versions first WHERE first.plan_id = v.plan_id AND first.version = 1);
