CREATE TYPE "public"."run_file_format" AS ENUM('fit', 'gpx', 'tcx');--> statement-breakpoint
CREATE TABLE "run_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"runner_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"format" "run_file_format" NOT NULL,
	"file_name" text DEFAULT '' NOT NULL,
	"size_bytes" integer NOT NULL,
	"storage_key" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"distance_km" numeric(6, 3) NOT NULL,
	"moving_seconds" integer NOT NULL,
	"elapsed_seconds" integer NOT NULL,
	"elevation_gain_m" smallint,
	"avg_hr" smallint,
	"max_hr" smallint,
	"session_log_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "run_files_runner_sha256_unique" UNIQUE("runner_id","sha256"),
	CONSTRAINT "run_files_session_log_unique" UNIQUE("session_log_id"),
	CONSTRAINT "run_files_sha256_hex" CHECK ("run_files"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "run_files_file_name_length" CHECK (length("run_files"."file_name") <= 200),
	CONSTRAINT "run_files_size_range" CHECK ("run_files"."size_bytes" BETWEEN 1 AND 10485760),
	CONSTRAINT "run_files_distance_range" CHECK ("run_files"."distance_km" > 0 AND "run_files"."distance_km" <= 300),
	CONSTRAINT "run_files_moving_range" CHECK ("run_files"."moving_seconds" BETWEEN 1 AND 86400),
	CONSTRAINT "run_files_elapsed_range" CHECK ("run_files"."elapsed_seconds" >= "run_files"."moving_seconds"),
	CONSTRAINT "run_files_elevation_range" CHECK ("run_files"."elevation_gain_m" IS NULL OR "run_files"."elevation_gain_m" BETWEEN 0 AND 10000),
	CONSTRAINT "run_files_avg_hr_range" CHECK ("run_files"."avg_hr" IS NULL OR "run_files"."avg_hr" BETWEEN 20 AND 250),
	CONSTRAINT "run_files_max_hr_range" CHECK ("run_files"."max_hr" IS NULL OR "run_files"."max_hr" BETWEEN 20 AND 250)
);
--> statement-breakpoint
ALTER TABLE "run_files" ADD CONSTRAINT "run_files_runner_id_users_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "run_files" ADD CONSTRAINT "run_files_session_log_id_session_logs_id_fk" FOREIGN KEY ("session_log_id") REFERENCES "public"."session_logs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "run_files_runner_pending_idx" ON "run_files" USING btree ("runner_id") WHERE "run_files"."session_log_id" IS NULL;