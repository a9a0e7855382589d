ALTER TABLE "clinician_notes" DROP CONSTRAINT "clinician_notes_runner_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "morning_checkins" DROP CONSTRAINT "morning_checkins_runner_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "plans" DROP CONSTRAINT "plans_runner_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "runner_profiles" DROP CONSTRAINT "runner_profiles_runner_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "session_logs" DROP CONSTRAINT "session_logs_runner_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "runner_profiles" ADD COLUMN "discharged_on" date;--> statement-breakpoint
ALTER TABLE "runner_profiles" ADD COLUMN "discharge_reason" text;--> statement-breakpoint
ALTER TABLE "clinician_notes" ADD CONSTRAINT "clinician_notes_runner_id_users_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "morning_checkins" ADD CONSTRAINT "morning_checkins_runner_id_users_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_runner_id_users_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runner_profiles" ADD CONSTRAINT "runner_profiles_runner_id_users_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_logs" ADD CONSTRAINT "session_logs_runner_id_users_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runner_profiles" ADD CONSTRAINT "runner_profiles_discharge_complete" CHECK (("runner_profiles"."discharged_on" IS NULL) = ("runner_profiles"."discharge_reason" IS NULL));--> statement-breakpoint
ALTER TABLE "runner_profiles" ADD CONSTRAINT "runner_profiles_discharge_reason_length" CHECK ("runner_profiles"."discharge_reason" IS NULL OR length(trim("runner_profiles"."discharge_reason")) BETWEEN 1 AND 500);