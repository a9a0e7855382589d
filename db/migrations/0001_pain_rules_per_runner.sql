CREATE TABLE "clinic_pain_rules" (
	"clinic_id" uuid PRIMARY KEY NOT NULL,
	"pain_during_amber_above" smallint DEFAULT 2 NOT NULL,
	"pain_during_red_above" smallint DEFAULT 5 NOT NULL,
	"pain_after_amber_above" smallint DEFAULT 2 NOT NULL,
	"pain_after_red_above" smallint DEFAULT 5 NOT NULL,
	"morning_rise_red" smallint DEFAULT 2 NOT NULL,
	"morning_pain_red_above" smallint DEFAULT 5 NOT NULL,
	"load_ratio_low" numeric(4, 2) DEFAULT 0.8 NOT NULL,
	"load_ratio_high" numeric(4, 2) DEFAULT 1.3 NOT NULL,
	"load_ratio_danger" numeric(4, 2) DEFAULT 1.5 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clinic_pain_rules_scores_range" CHECK (("clinic_pain_rules"."pain_during_amber_above" IS NULL OR "clinic_pain_rules"."pain_during_amber_above" BETWEEN 0 AND 10) AND ("clinic_pain_rules"."pain_during_red_above" IS NULL OR "clinic_pain_rules"."pain_during_red_above" BETWEEN 0 AND 10) AND ("clinic_pain_rules"."pain_after_amber_above" IS NULL OR "clinic_pain_rules"."pain_after_amber_above" BETWEEN 0 AND 10) AND ("clinic_pain_rules"."pain_after_red_above" IS NULL OR "clinic_pain_rules"."pain_after_red_above" BETWEEN 0 AND 10) AND ("clinic_pain_rules"."morning_pain_red_above" IS NULL OR "clinic_pain_rules"."morning_pain_red_above" BETWEEN 0 AND 10)),
	CONSTRAINT "clinic_pain_rules_morning_rise_range" CHECK ("clinic_pain_rules"."morning_rise_red" IS NULL OR "clinic_pain_rules"."morning_rise_red" BETWEEN 1 AND 10),
	CONSTRAINT "clinic_pain_rules_ratio_range" CHECK (("clinic_pain_rules"."load_ratio_low" IS NULL OR "clinic_pain_rules"."load_ratio_low" > 0) AND ("clinic_pain_rules"."load_ratio_danger" IS NULL OR "clinic_pain_rules"."load_ratio_danger" <= 5)),
	CONSTRAINT "clinic_pain_rules_during_ordered" CHECK ("clinic_pain_rules"."pain_during_amber_above" IS NULL OR "clinic_pain_rules"."pain_during_red_above" IS NULL OR "clinic_pain_rules"."pain_during_amber_above" <= "clinic_pain_rules"."pain_during_red_above"),
	CONSTRAINT "clinic_pain_rules_after_ordered" CHECK ("clinic_pain_rules"."pain_after_amber_above" IS NULL OR "clinic_pain_rules"."pain_after_red_above" IS NULL OR "clinic_pain_rules"."pain_after_amber_above" <= "clinic_pain_rules"."pain_after_red_above"),
	CONSTRAINT "clinic_pain_rules_band_ordered" CHECK (("clinic_pain_rules"."load_ratio_low" IS NULL OR "clinic_pain_rules"."load_ratio_high" IS NULL OR "clinic_pain_rules"."load_ratio_low" <= "clinic_pain_rules"."load_ratio_high") AND ("clinic_pain_rules"."load_ratio_high" IS NULL OR "clinic_pain_rules"."load_ratio_danger" IS NULL OR "clinic_pain_rules"."load_ratio_high" <= "clinic_pain_rules"."load_ratio_danger"))
);
--> statement-breakpoint
CREATE TABLE "runner_pain_rules" (
	"runner_id" uuid PRIMARY KEY NOT NULL,
	"pain_during_amber_above" smallint,
	"pain_during_red_above" smallint,
	"pain_after_amber_above" smallint,
	"pain_after_red_above" smallint,
	"morning_rise_red" smallint,
	"morning_pain_red_above" smallint,
	"load_ratio_low" numeric(4, 2),
	"load_ratio_high" numeric(4, 2),
	"load_ratio_danger" numeric(4, 2),
	"reason" text NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "runner_pain_rules_scores_range" CHECK (("runner_pain_rules"."pain_during_amber_above" IS NULL OR "runner_pain_rules"."pain_during_amber_above" BETWEEN 0 AND 10) AND ("runner_pain_rules"."pain_during_red_above" IS NULL OR "runner_pain_rules"."pain_during_red_above" BETWEEN 0 AND 10) AND ("runner_pain_rules"."pain_after_amber_above" IS NULL OR "runner_pain_rules"."pain_after_amber_above" BETWEEN 0 AND 10) AND ("runner_pain_rules"."pain_after_red_above" IS NULL OR "runner_pain_rules"."pain_after_red_above" BETWEEN 0 AND 10) AND ("runner_pain_rules"."morning_pain_red_above" IS NULL OR "runner_pain_rules"."morning_pain_red_above" BETWEEN 0 AND 10)),
	CONSTRAINT "runner_pain_rules_morning_rise_range" CHECK ("runner_pain_rules"."morning_rise_red" IS NULL OR "runner_pain_rules"."morning_rise_red" BETWEEN 1 AND 10),
	CONSTRAINT "runner_pain_rules_ratio_range" CHECK (("runner_pain_rules"."load_ratio_low" IS NULL OR "runner_pain_rules"."load_ratio_low" > 0) AND ("runner_pain_rules"."load_ratio_danger" IS NULL OR "runner_pain_rules"."load_ratio_danger" <= 5)),
	CONSTRAINT "runner_pain_rules_during_ordered" CHECK ("runner_pain_rules"."pain_during_amber_above" IS NULL OR "runner_pain_rules"."pain_during_red_above" IS NULL OR "runner_pain_rules"."pain_during_amber_above" <= "runner_pain_rules"."pain_during_red_above"),
	CONSTRAINT "runner_pain_rules_after_ordered" CHECK ("runner_pain_rules"."pain_after_amber_above" IS NULL OR "runner_pain_rules"."pain_after_red_above" IS NULL OR "runner_pain_rules"."pain_after_amber_above" <= "runner_pain_rules"."pain_after_red_above"),
	CONSTRAINT "runner_pain_rules_band_ordered" CHECK (("runner_pain_rules"."load_ratio_low" IS NULL OR "runner_pain_rules"."load_ratio_high" IS NULL OR "runner_pain_rules"."load_ratio_low" <= "runner_pain_rules"."load_ratio_high") AND ("runner_pain_rules"."load_ratio_high" IS NULL OR "runner_pain_rules"."load_ratio_danger" IS NULL OR "runner_pain_rules"."load_ratio_high" <= "runner_pain_rules"."load_ratio_danger")),
	CONSTRAINT "runner_pain_rules_reason_present" CHECK (length(trim("runner_pain_rules"."reason")) BETWEEN 1 AND 500)
);
--> statement-breakpoint
ALTER TABLE "runner_profiles" ADD COLUMN "time_zone" text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE "clinic_pain_rules" ADD CONSTRAINT "clinic_pain_rules_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runner_pain_rules" ADD CONSTRAINT "runner_pain_rules_runner_id_users_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runner_pain_rules" ADD CONSTRAINT "runner_pain_rules_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runner_profiles" ADD CONSTRAINT "runner_profiles_time_zone_valid" CHECK (length("runner_profiles"."time_zone") <= 64 and (timestamptz '2000-01-01 00:00:00+00' at time zone "runner_profiles"."time_zone") is not null);--> statement-breakpoint
-- Every clinic has its row of defaults: the existing ones now, each new one as it is created.
INSERT INTO "clinic_pain_rules" ("clinic_id") SELECT "id" FROM "clinics" ON CONFLICT DO NOTHING;--> statement-breakpoint
CREATE FUNCTION "clinic_pain_rules_for_new_clinic"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "clinic_pain_rules" ("clinic_id") VALUES (NEW."id") ON CONFLICT DO NOTHING;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "clinics_default_pain_rules" AFTER INSERT ON "clinics" FOR EACH ROW EXECUTE FUNCTION "clinic_pain_rules_for_new_clinic"();
