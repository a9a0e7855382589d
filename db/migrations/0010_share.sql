CREATE TYPE "public"."media_kind" AS ENUM('image', 'video');--> statement-breakpoint
CREATE TABLE "exercise_media" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exercise_id" uuid NOT NULL,
	"kind" "media_kind" NOT NULL,
	"content_type" text NOT NULL,
	"storage_key" text NOT NULL,
	"byte_size" integer NOT NULL,
	"width" smallint,
	"height" smallint,
	"alt_text" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exercise_media_storage_key_unique" UNIQUE("storage_key"),
	CONSTRAINT "exercise_media_type" CHECK ("exercise_media"."content_type" IN ('image/webp', 'video/mp4', 'video/webm', 'video/quicktime')),
	CONSTRAINT "exercise_media_kind_type" CHECK (("exercise_media"."kind" = 'image') = ("exercise_media"."content_type" = 'image/webp')),
	CONSTRAINT "exercise_media_size" CHECK ("exercise_media"."byte_size" BETWEEN 1 AND 26214400),
	CONSTRAINT "exercise_media_alt_length" CHECK (length(trim("exercise_media"."alt_text")) BETWEEN 1 AND 300),
	CONSTRAINT "exercise_media_image_dimensions" CHECK (("exercise_media"."kind" = 'image') = ("exercise_media"."width" IS NOT NULL AND "exercise_media"."height" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "lefs_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"runner_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"date" date NOT NULL,
	"answers" smallint[] NOT NULL,
	"total" smallint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lefs_responses_runner_client_unique" UNIQUE("runner_id","client_id"),
	CONSTRAINT "lefs_responses_answers" CHECK (array_length("lefs_responses"."answers", 1) = 20 AND array_ndims("lefs_responses"."answers") = 1 AND array_position("lefs_responses"."answers", NULL) IS NULL AND 0 <= ALL("lefs_responses"."answers") AND 4 >= ALL("lefs_responses"."answers")),
	CONSTRAINT "lefs_responses_total" CHECK (total = answers[1] + answers[2] + answers[3] + answers[4] + answers[5] + answers[6] + answers[7] + answers[8] + answers[9] + answers[10] + answers[11] + answers[12] + answers[13] + answers[14] + answers[15] + answers[16] + answers[17] + answers[18] + answers[19] + answers[20]),
	CONSTRAINT "lefs_responses_date_range" CHECK ("lefs_responses"."date" IS NULL OR "lefs_responses"."date" BETWEEN '2000-01-01' AND '2099-12-31')
);
--> statement-breakpoint
CREATE TABLE "lefs_schedules" (
	"runner_id" uuid PRIMARY KEY NOT NULL,
	"every_days" smallint NOT NULL,
	"starts_on" date NOT NULL,
	"set_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lefs_schedules_every_range" CHECK ("lefs_schedules"."every_days" BETWEEN 7 AND 56),
	CONSTRAINT "lefs_schedules_start_range" CHECK ("lefs_schedules"."starts_on" IS NULL OR "lefs_schedules"."starts_on" BETWEEN '2000-01-01' AND '2099-12-31')
);
--> statement-breakpoint
ALTER TABLE "exercises" ADD COLUMN "illustration" text;--> statement-breakpoint
ALTER TABLE "exercises" ADD COLUMN "illustration_alt" text;--> statement-breakpoint
ALTER TABLE "exercise_media" ADD CONSTRAINT "exercise_media_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_media" ADD CONSTRAINT "exercise_media_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lefs_responses" ADD CONSTRAINT "lefs_responses_runner_id_users_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lefs_schedules" ADD CONSTRAINT "lefs_schedules_runner_id_users_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lefs_schedules" ADD CONSTRAINT "lefs_schedules_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exercise_media_exercise_idx" ON "exercise_media" USING btree ("exercise_id","created_at");--> statement-breakpoint
CREATE INDEX "lefs_responses_runner_date_idx" ON "lefs_responses" USING btree ("runner_id","date");--> statement-breakpoint
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_illustration_described" CHECK (("exercises"."illustration" IS NULL) = ("exercises"."illustration_alt" IS NULL) AND ("exercises"."illustration" IS NULL OR ("exercises"."illustration" ~ '^[a-z0-9-]{1,60}$' AND length(trim("exercises"."illustration_alt")) BETWEEN 1 AND 400)));