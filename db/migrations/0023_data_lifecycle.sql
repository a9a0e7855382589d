CREATE TABLE "account_closures" (
	"runner_id" uuid PRIMARY KEY NOT NULL,
	"closed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_by" uuid NOT NULL,
	"retain_until" date NOT NULL,
	"deidentified_at" timestamp with time zone,
	"removed" jsonb,
	CONSTRAINT "account_closures_deidentified_complete" CHECK (("account_closures"."deidentified_at" IS NULL) = ("account_closures"."removed" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "data_exports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"runner_id" uuid NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ready_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"storage_key" text,
	"size_bytes" integer,
	"removed_at" timestamp with time zone,
	CONSTRAINT "data_exports_ready_complete" CHECK (("data_exports"."ready_at" IS NULL) = ("data_exports"."storage_key" IS NULL) AND ("data_exports"."ready_at" IS NULL) = ("data_exports"."expires_at" IS NULL) AND ("data_exports"."ready_at" IS NULL) = ("data_exports"."size_bytes" IS NULL)),
	CONSTRAINT "data_exports_expiry_after_ready" CHECK ("data_exports"."expires_at" IS NULL OR "data_exports"."expires_at" > "data_exports"."ready_at"),
	CONSTRAINT "data_exports_size_positive" CHECK ("data_exports"."size_bytes" IS NULL OR "data_exports"."size_bytes" > 0),
	CONSTRAINT "data_exports_removed_after_ready" CHECK ("data_exports"."removed_at" IS NULL OR "data_exports"."ready_at" IS NOT NULL)
);
--> statement-breakpoint
ALTER TABLE "deliveries" DROP CONSTRAINT "deliveries_kind";--> statement-breakpoint
ALTER TABLE "clinics" ADD COLUMN "retention_years" smallint DEFAULT 8 NOT NULL;--> statement-breakpoint
ALTER TABLE "account_closures" ADD CONSTRAINT "account_closures_runner_id_users_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_closures" ADD CONSTRAINT "account_closures_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_exports" ADD CONSTRAINT "data_exports_runner_id_users_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_exports" ADD CONSTRAINT "data_exports_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_closures_due_idx" ON "account_closures" USING btree ("retain_until") WHERE "account_closures"."deidentified_at" IS NULL;--> statement-breakpoint
CREATE INDEX "data_exports_runner_idx" ON "data_exports" USING btree ("runner_id","requested_at");--> statement-breakpoint
CREATE INDEX "data_exports_expiry_idx" ON "data_exports" USING btree ("expires_at") WHERE "data_exports"."removed_at" IS NULL AND "data_exports"."ready_at" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "clinics" ADD CONSTRAINT "clinics_retention_years_range" CHECK ("clinics"."retention_years" BETWEEN 1 AND 30);--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_kind" CHECK ("deliveries"."kind" IN ('invite', 'exercise', 'checkin', 'nudge', 'digest', 'message', 'account', 'red_flag', 'data_export'));