import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";
import { clinics, users } from "./identity";
import { presentationEnum } from "./runners";

export const exerciseCategoryEnum = pgEnum("exercise_category", [
  "nerve_glide",
  "stretch",
  "strength",
  "eccentric",
  "soft_tissue",
  "running",
]);
export const painRuleEnum = pgEnum("pain_rule", ["standard", "neural"]);
// Triggers exercises_triage_insert/update/delete (migration 0007): a write bumps its runners' runner_triage.version.
export const exercises = pgTable(
  "exercises",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Null for the global library (read-only); otherwise visible only inside this clinic. */
    clinicId: uuid("clinic_id").references(() => clinics.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    category: exerciseCategoryEnum("category").notNull(),
    presentations: presentationEnum("presentations").array().notNull().default(sql`'{}'`),
    instructions: text("instructions").notNull(),
    cues: text("cues").notNull().default(""),
    defaultSets: smallint("default_sets").notNull(),
    defaultReps: smallint("default_reps"),
    defaultHoldSeconds: smallint("default_hold_seconds"),
    defaultDaysPerWeek: smallint("default_days_per_week").notNull(),
    doseNotes: text("dose_notes").notNull().default(""),
    painRule: painRuleEnum("pain_rule").notNull().default("standard"),
    /** A step-by-step drawing made for StrideBack (public/illustrations/<name>.svg) and what it shows, for screen readers. */
    illustration: text("illustration"),
    illustrationAlt: text("illustration_alt"),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("exercises_clinic_name_unique").on(t.clinicId, t.name).nullsNotDistinct(),
    check("exercises_sets_range", sql`${t.defaultSets} BETWEEN 1 AND 20`),
    check("exercises_reps_range", sql`${t.defaultReps} IS NULL OR ${t.defaultReps} BETWEEN 1 AND 100`),
    check(
      "exercises_hold_range",
      sql`${t.defaultHoldSeconds} IS NULL OR ${t.defaultHoldSeconds} BETWEEN 1 AND 600`,
    ),
    check(
      "exercises_reps_or_hold",
      sql`(${t.defaultReps} IS NULL) <> (${t.defaultHoldSeconds} IS NULL)`,
    ),
    check("exercises_days_range", sql`${t.defaultDaysPerWeek} BETWEEN 1 AND 7`),
    check(
      "exercises_illustration_described",
      sql`(${t.illustration} IS NULL) = (${t.illustrationAlt} IS NULL) AND (${t.illustration} IS NULL OR (${t.illustration} ~ '^[a-z0-9-]{1,60}$' AND length(trim(${t.illustrationAlt})) BETWEEN 1 AND 400))`,
    ),
    index("exercises_clinic_idx").on(t.clinicId),
  ],
);
export type Exercise = typeof exercises.$inferSelect;
export type NewExercise = typeof exercises.$inferInsert;

export const mediaKindEnum = pgEnum("media_kind", ["image", "video"]);

/*
 * A photo or short video a clinic attached to one of its own exercises. The bytes live in the media store
 * (lib/media/storage.ts) under `storage_key`; an image is kept as resized WebP copies, a video as sent.
 * Only people who may see the exercise may fetch it: its clinic, and runners it was prescribed to.
 */
export const exerciseMedia = pgTable(
  "exercise_media",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    exerciseId: uuid("exercise_id")
      .notNull()
      .references(() => exercises.id, { onDelete: "cascade" }),
    kind: mediaKindEnum("kind").notNull(),
    contentType: text("content_type").notNull(),
    storageKey: text("storage_key").notNull(),
    byteSize: integer("byte_size").notNull(),
    width: smallint("width"),
    height: smallint("height"),
    altText: text("alt_text").notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    unique("exercise_media_storage_key_unique").on(t.storageKey),
    index("exercise_media_exercise_idx").on(t.exerciseId, t.createdAt),
    check("exercise_media_type", sql`${t.contentType} IN ('image/webp', 'video/mp4', 'video/webm', 'video/quicktime')`),
    check("exercise_media_kind_type", sql`(${t.kind} = 'image') = (${t.contentType} = 'image/webp')`),
    check("exercise_media_size", sql`${t.byteSize} BETWEEN 1 AND 26214400`),
    check("exercise_media_alt_length", sql`length(trim(${t.altText})) BETWEEN 1 AND 300`),
    check("exercise_media_image_dimensions", sql`(${t.kind} = 'image') = (${t.width} IS NOT NULL AND ${t.height} IS NOT NULL)`),
  ],
);
export type ExerciseMedia = typeof exerciseMedia.$inferSelect;
export type NewExerciseMedia = typeof exerciseMedia.$inferInsert;
