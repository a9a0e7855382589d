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
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_illustration_described" CHECK (("exercises"."illustration" IS NULL) = ("exercises"."illustration_alt" IS NULL) AND ("exercises"."illustration" IS NULL OR ("exercises"."illustration" ~ '^[a-z0-9-]{1,60}$' AND length(trim("exercises"."illustration_alt")) BETWEEN 1 AND 400)));--> statement-breakpoint
-- The global library's drawings, for databases seeded before they existed (a new seed sets them itself).
UPDATE "exercises" SET "illustration" = 'supine-glide', "illustration_alt" = '1: lying on your back, holding the affected thigh upright with both hands, knee bent. 2: the knee straightens until light tension, then bends again.' WHERE "clinic_id" IS NULL AND "name" = 'Supine sciatic nerve glide (slider)';--> statement-breakpoint
UPDATE "exercises" SET "illustration" = 'seated-slider', "illustration_alt" = '1: sitting tall on a chair, knee bent and head tipped down. 2: the knee straightens while the head lifts to look up.' WHERE "clinic_id" IS NULL AND "name" = 'Seated sciatic nerve slider';--> statement-breakpoint
UPDATE "exercises" SET "illustration" = 'standing-stretch', "illustration_alt" = '1: standing, the heel of the straight leg resting on a low step. 2: hinging forward from the hips with the back straight until a stretch is felt behind the thigh.' WHERE "clinic_id" IS NULL AND "name" = 'Standing hamstring stretch';--> statement-breakpoint
UPDATE "exercises" SET "illustration" = 'strap-stretch', "illustration_alt" = '1: lying on your back with a strap looped round the foot of the straight leg. 2: the straight leg is drawn up with the strap until a stretch is felt.' WHERE "clinic_id" IS NULL AND "name" = 'Supine hamstring stretch with strap';--> statement-breakpoint
UPDATE "exercises" SET "illustration" = 'leg-swings', "illustration_alt" = '1: standing side-on to a wall, one hand on it, the outside leg swung back. 2: the same leg swung forward, relaxed and controlled.' WHERE "clinic_id" IS NULL AND "name" = 'Dynamic leg swings';--> statement-breakpoint
UPDATE "exercises" SET "illustration" = 'isometric-hold', "illustration_alt" = '1: lying on your back with the knees bent and feet flat. 2: the heel presses down and back into the floor and holds, without moving.' WHERE "clinic_id" IS NULL AND "name" = 'Isometric hamstring hold (heel dig)';--> statement-breakpoint
UPDATE "exercises" SET "illustration" = 'glute-bridge', "illustration_alt" = '1: lying on your back with the knees bent and feet flat. 2: the hips lift until shoulders, hips and knees are in a line.' WHERE "clinic_id" IS NULL AND "name" = 'Glute bridge';--> statement-breakpoint
UPDATE "exercises" SET "illustration" = 'single-leg-bridge', "illustration_alt" = '1: lying on your back, one knee bent with the foot flat, the other leg straight. 2: the hips lift on the bent leg while the straight leg stays in line.' WHERE "clinic_id" IS NULL AND "name" = 'Single-leg bridge';--> statement-breakpoint
UPDATE "exercises" SET "illustration" = 'askling-extender', "illustration_alt" = '1: lying on your back holding the thigh upright with both hands, knee bent. 2: the knee kicks straight, quickly but short of pain.' WHERE "clinic_id" IS NULL AND "name" = 'Askling Extender';--> statement-breakpoint
UPDATE "exercises" SET "illustration" = 'askling-diver', "illustration_alt" = '1: standing on the injured leg. 2: tipping forward from the hip with the arms reaching ahead and the other leg reaching back, like a dive.' WHERE "clinic_id" IS NULL AND "name" = 'Askling Diver';--> statement-breakpoint
UPDATE "exercises" SET "illustration" = 'askling-glider', "illustration_alt" = '1: a split stance holding a support, weight on the front (injured) leg. 2: the back foot glides away while the front leg takes the load, then pulls back.' WHERE "clinic_id" IS NULL AND "name" = 'Askling Glider';--> statement-breakpoint
UPDATE "exercises" SET "illustration" = 'nordic', "illustration_alt" = '1: kneeling upright with the ankles held down by a partner or anchor. 2: the body lowers forward slowly in one straight line from knees to head.' WHERE "clinic_id" IS NULL AND "name" = 'Nordic hamstring exercise';--> statement-breakpoint
UPDATE "exercises" SET "illustration" = 'rdl', "illustration_alt" = '1: standing tall with soft knees, holding a weight. 2: hinging at the hips with the back flat, hips pushed back, the weight close to the legs.' WHERE "clinic_id" IS NULL AND "name" = 'Romanian deadlift';--> statement-breakpoint
UPDATE "exercises" SET "illustration" = 'foam-roll', "illustration_alt" = '1: sitting with a foam roller under the back of the thigh, hands on the floor behind. 2: rolling slowly along the thigh between knee and hip.' WHERE "clinic_id" IS NULL AND "name" = 'Hamstring foam rolling';--> statement-breakpoint
UPDATE "exercises" SET "illustration" = 'massage', "illustration_alt" = '1: sitting with the leg relaxed, hands on the back of the thigh. 2: the hands stroke gently along the thigh toward the hip.' WHERE "clinic_id" IS NULL AND "name" = 'Gentle hamstring self-massage';--> statement-breakpoint
UPDATE "exercises" SET "illustration" = 'press-up', "illustration_alt" = '1: lying face down with the hands under the shoulders. 2: the arms press the chest up while the hips stay on the floor.' WHERE "clinic_id" IS NULL AND "name" = 'Prone press-up';--> statement-breakpoint
UPDATE "exercises" SET "illustration" = 'cat-camel', "illustration_alt" = '1: on hands and knees, the back rounded up toward the ceiling. 2: the back lowers gently into a sag, head lifting.' WHERE "clinic_id" IS NULL AND "name" = 'Cat-camel spinal mobility';--> statement-breakpoint
UPDATE "exercises" SET "illustration" = 'walk-run', "illustration_alt" = '1: walking at an easy pace. 2: running easily for the prescribed interval, then walking again.' WHERE "clinic_id" IS NULL AND "name" = 'Walk-run intervals';
