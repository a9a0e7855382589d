CREATE TYPE "public"."account_token_purpose" AS ENUM('setup', 'clinician_invite', 'password_reset');--> statement-breakpoint
CREATE TABLE "account_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"purpose" "account_token_purpose" NOT NULL,
	"user_id" uuid,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_tokens_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "account_tokens_user_for_purpose" CHECK (("account_tokens"."purpose" = 'setup') = ("account_tokens"."user_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "recovery_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recovery_codes_user_code_unique" UNIQUE("user_id","code_hash")
);
--> statement-breakpoint
ALTER TABLE "deliveries" DROP CONSTRAINT "deliveries_kind";--> statement-breakpoint
ALTER TABLE "auth_sessions" ADD COLUMN "pending_step" text;--> statement-breakpoint
ALTER TABLE "care_team" ADD COLUMN "cover_until" date;--> statement-breakpoint
ALTER TABLE "clinics" ADD COLUMN "time_zone" text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE "clinics" ADD COLUMN "require_second_factor" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "is_admin" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "deactivated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "totp_secret" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "totp_last_step" bigint;--> statement-breakpoint
ALTER TABLE "account_tokens" ADD CONSTRAINT "account_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_tokens" ADD CONSTRAINT "account_tokens_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_codes" ADD CONSTRAINT "recovery_codes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_tokens_user_idx" ON "account_tokens" USING btree ("user_id","purpose");--> statement-breakpoint
ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_pending_step" CHECK ("auth_sessions"."pending_step" IS NULL OR "auth_sessions"."pending_step" IN ('verify', 'enrol'));--> statement-breakpoint
ALTER TABLE "care_team" ADD CONSTRAINT "care_team_cover_until_range" CHECK ("care_team"."cover_until" IS NULL OR "care_team"."cover_until" BETWEEN '2000-01-01' AND '2099-12-31');--> statement-breakpoint
ALTER TABLE "clinics" ADD CONSTRAINT "clinics_name_present" CHECK (length(trim("clinics"."name")) BETWEEN 1 AND 120);--> statement-breakpoint
ALTER TABLE "clinics" ADD CONSTRAINT "clinics_time_zone_known" CHECK (length("clinics"."time_zone") <= 64 and (timestamptz '2000-01-01 00:00:00+00' at time zone "clinics"."time_zone") is not null);--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_kind" CHECK ("deliveries"."kind" IN ('invite', 'exercise', 'checkin', 'nudge', 'digest', 'message', 'account'));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_admin_is_clinician" CHECK (NOT "users"."is_admin" OR "users"."role" = 'clinician');--> statement-breakpoint
-- A clinic that existed before clinic admins gets one: its earliest clinician, so someone can manage it.
UPDATE "users" SET "is_admin" = true WHERE "id" IN (
	SELECT DISTINCT ON ("clinic_id") "id" FROM "users" WHERE "role" = 'clinician' ORDER BY "clinic_id", "created_at", "id"
);--> statement-breakpoint
-- A clinic never loses its last active admin: nobody could then manage colleagues or hand a caseload over.
-- The clinic's row is locked first, so two admins demoting each other at once are taken one after the other.
CREATE FUNCTION "users_keep_an_admin"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF OLD.is_admin AND OLD.deactivated_at IS NULL AND NOT (NEW.is_admin AND NEW.deactivated_at IS NULL) THEN
		PERFORM 1 FROM clinics WHERE id = OLD.clinic_id FOR UPDATE;
		IF NOT EXISTS (SELECT 1 FROM users WHERE clinic_id = OLD.clinic_id AND is_admin AND deactivated_at IS NULL AND id <> OLD.id) THEN
			RAISE EXCEPTION 'a clinic keeps at least one active admin' USING ERRCODE = '23514', CONSTRAINT = 'users_last_admin';
		END IF;
	END IF;
	RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "users_keep_an_admin" BEFORE UPDATE OF "is_admin", "deactivated_at" ON "users" FOR EACH ROW EXECUTE FUNCTION "users_keep_an_admin"();--> statement-breakpoint
-- The care team as it stands now: an active clinician, a cover only through its last day in the clinic's
-- calendar. care_team stays the record of who was assigned; every "who looks after this runner" reads this.
CREATE VIEW "care_team_live" AS
	SELECT ct."clinician_id", ct."runner_id", ct."cover_until"
	FROM "care_team" ct
	JOIN "users" c ON c."id" = ct."clinician_id" AND c."deactivated_at" IS NULL
	JOIN "clinics" k ON k."id" = c."clinic_id"
	WHERE ct."cover_until" IS NULL OR ct."cover_until" >= (now() AT TIME ZONE k."time_zone")::date;--> statement-breakpoint
-- Who may see which runner, in one place: the live care team, and every active admin of the runner's
-- clinic. Every read of "my runners" goes through this view.
CREATE VIEW "care_access" AS
	SELECT "clinician_id", "runner_id" FROM "care_team_live"
	UNION
	SELECT a."id", r."id"
	FROM "users" a
	JOIN "users" r ON r."clinic_id" = a."clinic_id" AND r."role" = 'runner'
	WHERE a."is_admin" AND a."deactivated_at" IS NULL;
