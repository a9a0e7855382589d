-- The LEFS schedules now live in measure_schedules (copied by 0021). A re-admission starts a new episode of care on its day.
DROP TABLE "lefs_schedules" CASCADE;--> statement-breakpoint
ALTER TABLE "runner_profiles" ADD COLUMN "episode_started_on" date;--> statement-breakpoint
ALTER TABLE "runner_profiles" ADD CONSTRAINT "runner_profiles_episode_start_range" CHECK ("runner_profiles"."episode_started_on" IS NULL OR "runner_profiles"."episode_started_on" BETWEEN '2000-01-01' AND '2099-12-31');