-- Chosen weekdays must each appear once; a CHECK cannot hold a subquery, so an immutable function does.
CREATE FUNCTION "strideback_distinct_weekdays"(days smallint[]) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT count(DISTINCT d) = cardinality(days) FROM unnest(days) AS d
$$;--> statement-breakpoint
-- Rows written before weekdays and days per week had to agree: the chosen weekdays win, each once.
UPDATE "prescriptions" SET "weekdays" = ARRAY(SELECT DISTINCT d FROM unnest("weekdays") AS d ORDER BY d), "days_per_week" = (SELECT count(DISTINCT d) FROM unnest("weekdays") AS d) WHERE cardinality("weekdays") > 0;--> statement-breakpoint
UPDATE "template_items" SET "weekdays" = ARRAY(SELECT DISTINCT d FROM unnest("weekdays") AS d ORDER BY d), "days_per_week" = (SELECT count(DISTINCT d) FROM unnest("weekdays") AS d) WHERE cardinality("weekdays") > 0;--> statement-breakpoint
ALTER TABLE "prescriptions" DROP CONSTRAINT "prescriptions_reps_or_hold";--> statement-breakpoint
ALTER TABLE "template_items" DROP CONSTRAINT "template_items_reps_or_hold";--> statement-breakpoint
ALTER TABLE "plan_versions" ADD COLUMN "superseded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "prescriptions" ADD COLUMN "duration_seconds" smallint;--> statement-breakpoint
ALTER TABLE "prescriptions" ADD COLUMN "distance_metres" integer;--> statement-breakpoint
ALTER TABLE "prescriptions" ADD COLUMN "times_per_day" smallint DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "template_items" ADD COLUMN "duration_seconds" smallint;--> statement-breakpoint
ALTER TABLE "template_items" ADD COLUMN "distance_metres" integer;--> statement-breakpoint
ALTER TABLE "template_items" ADD COLUMN "times_per_day" smallint DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "prescriptions" ADD CONSTRAINT "prescriptions_duration_range" CHECK ("prescriptions"."duration_seconds" IS NULL OR "prescriptions"."duration_seconds" BETWEEN 1 AND 7200);--> statement-breakpoint
ALTER TABLE "prescriptions" ADD CONSTRAINT "prescriptions_distance_range" CHECK ("prescriptions"."distance_metres" IS NULL OR "prescriptions"."distance_metres" BETWEEN 1 AND 50000);--> statement-breakpoint
ALTER TABLE "prescriptions" ADD CONSTRAINT "prescriptions_one_dose" CHECK (num_nonnulls("prescriptions"."reps", "prescriptions"."hold_seconds", "prescriptions"."duration_seconds", "prescriptions"."distance_metres") = 1);--> statement-breakpoint
ALTER TABLE "prescriptions" ADD CONSTRAINT "prescriptions_times_range" CHECK ("prescriptions"."times_per_day" BETWEEN 1 AND 4);--> statement-breakpoint
ALTER TABLE "prescriptions" ADD CONSTRAINT "prescriptions_weekdays_match_days" CHECK (cardinality("prescriptions"."weekdays") = 0 OR (cardinality("prescriptions"."weekdays") = "prescriptions"."days_per_week" AND strideback_distinct_weekdays("prescriptions"."weekdays")));--> statement-breakpoint
ALTER TABLE "template_items" ADD CONSTRAINT "template_items_duration_range" CHECK ("template_items"."duration_seconds" IS NULL OR "template_items"."duration_seconds" BETWEEN 1 AND 7200);--> statement-breakpoint
ALTER TABLE "template_items" ADD CONSTRAINT "template_items_distance_range" CHECK ("template_items"."distance_metres" IS NULL OR "template_items"."distance_metres" BETWEEN 1 AND 50000);--> statement-breakpoint
ALTER TABLE "template_items" ADD CONSTRAINT "template_items_one_dose" CHECK (num_nonnulls("template_items"."reps", "template_items"."hold_seconds", "template_items"."duration_seconds", "template_items"."distance_metres") = 1);--> statement-breakpoint
ALTER TABLE "template_items" ADD CONSTRAINT "template_items_times_range" CHECK ("template_items"."times_per_day" BETWEEN 1 AND 4);--> statement-breakpoint
ALTER TABLE "template_items" ADD CONSTRAINT "template_items_weekdays_match_days" CHECK (cardinality("template_items"."weekdays") = 0 OR (cardinality("template_items"."weekdays") = "template_items"."days_per_week" AND strideback_distinct_weekdays("template_items"."weekdays")));