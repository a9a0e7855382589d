CREATE TYPE "public"."red_flag_resolution" AS ENUM('called', 'referred-emergency', 'referred-doctor', 'seen-in-clinic', 'not-a-concern');--> statement-breakpoint
CREATE TYPE "public"."red_flag_source" AS ENUM('intake', 'checkin', 'worry');--> statement-breakpoint
CREATE TYPE "public"."red_flag_urgency" AS ENUM('emergency', 'today', 'within-24h', 'this-week');--> statement-breakpoint
CREATE TABLE "red_flag_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"runner_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"source" "red_flag_source" NOT NULL,
	"checkin_id" uuid,
	"asked" text[] NOT NULL,
	"signs" text[] NOT NULL,
	"urgency" "red_flag_urgency",
	"reported_by" uuid NOT NULL,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolution" "red_flag_resolution",
	"resolution_note" text,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "red_flag_reports_runner_client_unique" UNIQUE("runner_id","client_id"),
	CONSTRAINT "red_flag_reports_known_signs" CHECK ("red_flag_reports"."asked" <@ array['saddle-numbness', 'bladder-bowel', 'sexual-function', 'both-legs', 'worsening-weakness', 'foot-drop', 'spreading-numbness', 'fever-back-pain', 'weight-loss', 'night-pain', 'pop-bruising', 'palpable-gap', 'cannot-walk']::text[] AND "red_flag_reports"."signs" <@ "red_flag_reports"."asked" AND cardinality("red_flag_reports"."asked") > 0),
	CONSTRAINT "red_flag_reports_urgency_with_signs" CHECK (("red_flag_reports"."urgency" IS NULL) = (cardinality("red_flag_reports"."signs") = 0)),
	CONSTRAINT "red_flag_reports_checkin_source" CHECK ("red_flag_reports"."checkin_id" IS NULL OR "red_flag_reports"."source" = 'checkin'),
	CONSTRAINT "red_flag_reports_resolution_complete" CHECK (("red_flag_reports"."resolution" IS NULL) = ("red_flag_reports"."resolved_at" IS NULL) AND ("red_flag_reports"."resolved_at" IS NULL) = ("red_flag_reports"."resolved_by" IS NULL)),
	CONSTRAINT "red_flag_reports_resolution_needs_flag" CHECK ("red_flag_reports"."resolution" IS NULL OR "red_flag_reports"."urgency" IS NOT NULL),
	CONSTRAINT "red_flag_reports_note_length" CHECK ("red_flag_reports"."resolution_note" IS NULL OR length("red_flag_reports"."resolution_note") <= 1000)
);
--> statement-breakpoint
ALTER TABLE "clinics" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "red_flag_reports" ADD CONSTRAINT "red_flag_reports_runner_id_users_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "red_flag_reports" ADD CONSTRAINT "red_flag_reports_checkin_id_morning_checkins_id_fk" FOREIGN KEY ("checkin_id") REFERENCES "public"."morning_checkins"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "red_flag_reports" ADD CONSTRAINT "red_flag_reports_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "red_flag_reports" ADD CONSTRAINT "red_flag_reports_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "red_flag_reports_open_idx" ON "red_flag_reports" USING btree ("runner_id","reported_at") WHERE "red_flag_reports"."urgency" IS NOT NULL AND "red_flag_reports"."resolved_at" IS NULL;--> statement-breakpoint
ALTER TABLE "clinics" ADD CONSTRAINT "clinics_phone_format" CHECK ("clinics"."phone" IS NULL OR "clinics"."phone" ~ '^[+]?[0-9][0-9 ()-]{5,24}$');