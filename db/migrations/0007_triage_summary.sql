CREATE TABLE "runner_triage" (
	"runner_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL,
	"computed_version" bigint,
	"computed_day" date,
	"rank" smallint,
	"urgency_order" smallint,
	"attention_since" text,
	"last_log_date" date,
	"last_pain_during" smallint,
	"completion_ratio" double precision,
	"plan_title" text,
	"summary" jsonb
);
--> statement-breakpoint
ALTER TABLE "runner_triage" ADD CONSTRAINT "runner_triage_runner_id_users_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- A write to anything the triage of a runner depends on bumps that runner's summary version, in the
-- writer's own transaction. One statement-level trigger per table and event; each names, in its
-- argument, how the changed rows (the transition table "changed") lead to their runners.
CREATE FUNCTION strideback_triage_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE 'INSERT INTO runner_triage (runner_id) SELECT DISTINCT r FROM (' || TG_ARGV[0] || ') AS x(r) WHERE r IS NOT NULL ORDER BY 1 '
       || 'ON CONFLICT (runner_id) DO UPDATE SET version = runner_triage.version + 1';
  RETURN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE
  source record;
  event text;
BEGIN
  FOR source IN SELECT * FROM (VALUES
    ('session_logs', 'SELECT runner_id FROM changed'),
    ('morning_checkins', 'SELECT runner_id FROM changed'),
    ('red_flag_reports', 'SELECT runner_id FROM changed'),
    ('runner_profiles', 'SELECT runner_id FROM changed'),
    ('runner_pain_rules', 'SELECT runner_id FROM changed'),
    ('plans', 'SELECT runner_id FROM changed'),
    ('exercise_results', 'SELECT l.runner_id FROM changed c JOIN session_logs l ON l.id = c.session_log_id'),
    ('plan_versions', 'SELECT p.runner_id FROM changed c JOIN plans p ON p.id = c.plan_id'),
    ('prescriptions', 'SELECT p.runner_id FROM changed c JOIN plan_versions v ON v.id = c.plan_version_id JOIN plans p ON p.id = v.plan_id'),
    ('clinic_pain_rules', 'SELECT u.id FROM changed c JOIN users u ON u.clinic_id = c.clinic_id AND u.role = ''runner'''),
    ('exercises', 'SELECT p.runner_id FROM changed c JOIN prescriptions rx ON rx.exercise_id = c.id JOIN plan_versions v ON v.id = rx.plan_version_id JOIN plans p ON p.id = v.plan_id')
  ) AS t(tab, runners) LOOP
    FOREACH event IN ARRAY ARRAY['INSERT', 'UPDATE', 'DELETE'] LOOP
      EXECUTE format(
        'CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION strideback_triage_touch(%L)',
        source.tab || '_triage_' || lower(event), event, source.tab, CASE event WHEN 'DELETE' THEN 'OLD' ELSE 'NEW' END, source.runners);
    END LOOP;
  END LOOP;
END $$;
