ALTER TABLE "runner_series" ADD COLUMN "revision" text;--> statement-breakpoint
ALTER TABLE "runner_triage" ADD COLUMN "computed_revision" text;