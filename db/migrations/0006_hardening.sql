CREATE TABLE "auth_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_reason" text,
	CONSTRAINT "auth_sessions_revoked_reason" CHECK (("auth_sessions"."revoked_at" IS NULL) = ("auth_sessions"."revoked_reason" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "auth_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"blocked_until" timestamp with time zone,
	CONSTRAINT "auth_throttle_failures" CHECK ("auth_throttle"."failures" >= 0)
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "clinic_id" uuid;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "runner_id" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "lock_notice_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "auth_sessions_user_idx" ON "auth_sessions" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_runner_id_users_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_clinic_idx" ON "audit_log" USING btree ("clinic_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_runner_idx" ON "audit_log" USING btree ("runner_id","at");--> statement-breakpoint
-- Existing audit rows: the actor's clinic, and the runner each row is about where it can be told.
UPDATE "audit_log" a SET "clinic_id" = u."clinic_id" FROM "users" u WHERE u."id" = a."actor_id";--> statement-breakpoint
UPDATE "audit_log" a SET "runner_id" = a."actor_id" FROM "users" u WHERE u."id" = a."actor_id" AND u."role" = 'runner';--> statement-breakpoint
UPDATE "audit_log" a SET "runner_id" = u."id" FROM "users" u WHERE a."runner_id" IS NULL AND a."subject_type" = 'user' AND u."id"::text = a."subject_id" AND u."role" = 'runner';--> statement-breakpoint
UPDATE "audit_log" a SET "runner_id" = u."id" FROM "users" u WHERE a."runner_id" IS NULL AND u."id"::text = a."detail"->>'runnerId' AND u."role" = 'runner';
