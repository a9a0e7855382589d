import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, inDateRange } from "./columns";
import { clinics, users } from "./identity";
import { presentationEnum } from "./runners";
import { exercises } from "./exercises";

export const planStatusEnum = pgEnum("plan_status", ["active", "ended"]);
export const planTemplates = pgTable(
  "plan_templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    clinicId: uuid("clinic_id")
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    presentation: presentationEnum("presentation"),
    description: text("description").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [unique("plan_templates_clinic_name_unique").on(t.clinicId, t.name)],
);
export type PlanTemplate = typeof planTemplates.$inferSelect;
export type NewPlanTemplate = typeof planTemplates.$inferInsert;

/** The dose columns shared by template items and prescriptions, with the same limits. */
const doseColumns = () => ({
  exerciseId: uuid("exercise_id")
    .notNull()
    .references(() => exercises.id),
  sets: smallint("sets").notNull(),
  /** Each set is one of: repetitions, a hold, a timed interval (walk-run) or a distance. */
  reps: smallint("reps"),
  holdSeconds: smallint("hold_seconds"),
  durationSeconds: smallint("duration_seconds"),
  distanceMetres: integer("distance_metres"),
  daysPerWeek: smallint("days_per_week").notNull(),
  /** Askling's Extender is twice a day: today shows it twice, and adherence counts both. */
  timesPerDay: smallint("times_per_day").notNull().default(1),
  /** ISO weekdays 1 (Monday) to 7; empty means "any days, daysPerWeek of them". */
  weekdays: smallint("weekdays").array().notNull().default(sql`'{}'`),
  notes: text("notes").notNull().default(""),
  position: integer("position").notNull(),
});
type DoseColumnRefs = Record<"sets" | "reps" | "holdSeconds" | "durationSeconds" | "distanceMetres" | "daysPerWeek" | "timesPerDay" | "weekdays" | "notes", AnyPgColumn>;
const doseChecks = (prefix: string, t: DoseColumnRefs) => [
  check(`${prefix}_sets_range`, sql`${t.sets} BETWEEN 1 AND 20`),
  check(`${prefix}_reps_range`, sql`${t.reps} IS NULL OR ${t.reps} BETWEEN 1 AND 100`),
  check(`${prefix}_hold_range`, sql`${t.holdSeconds} IS NULL OR ${t.holdSeconds} BETWEEN 1 AND 600`),
  check(`${prefix}_duration_range`, sql`${t.durationSeconds} IS NULL OR ${t.durationSeconds} BETWEEN 1 AND 7200`),
  check(`${prefix}_distance_range`, sql`${t.distanceMetres} IS NULL OR ${t.distanceMetres} BETWEEN 1 AND 50000`),
  check(`${prefix}_one_dose`, sql`num_nonnulls(${t.reps}, ${t.holdSeconds}, ${t.durationSeconds}, ${t.distanceMetres}) = 1`),
  check(`${prefix}_days_range`, sql`${t.daysPerWeek} BETWEEN 1 AND 7`),
  check(`${prefix}_times_range`, sql`${t.timesPerDay} BETWEEN 1 AND 4`),
  check(`${prefix}_weekdays_valid`, sql`${t.weekdays} <@ ARRAY[1,2,3,4,5,6,7]::smallint[]`),
  // Chosen weekdays are the days per week: {Mon, Wed, Fri} is 3 days, each once.
  check(`${prefix}_weekdays_match_days`, sql`cardinality(${t.weekdays}) = 0 OR (cardinality(${t.weekdays}) = ${t.daysPerWeek} AND strideback_distinct_weekdays(${t.weekdays}))`),
  check(`${prefix}_notes_length`, sql`length(${t.notes}) <= 2000`),
];

export const templateItems = pgTable(
  "template_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    templateId: uuid("template_id")
      .notNull()
      .references(() => planTemplates.id, { onDelete: "cascade" }),
    /** Phase 1, 2, ...: the builder turns each phase into a dated plan version. */
    phase: smallint("phase").notNull().default(1),
    phaseLabel: text("phase_label").notNull().default(""),
    /** How long the phase lasts before the next one starts. */
    phaseWeeks: smallint("phase_weeks"),
    ...doseColumns(),
  },
  (t) => [
    ...doseChecks("template_items", t),
    check("template_items_phase_range", sql`${t.phase} BETWEEN 1 AND 12`),
    index("template_items_template_idx").on(t.templateId, t.phase, t.position),
  ],
);
export type TemplateItem = typeof templateItems.$inferSelect;
export type NewTemplateItem = typeof templateItems.$inferInsert;

// Triggers plans_triage_insert/update/delete (migration 0007): a write bumps its runners' runner_triage.version.
export const plans = pgTable(
  "plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runnerId: uuid("runner_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    title: text("title").notNull(),
    goal: text("goal").notNull().default(""),
    startDate: date("start_date", { mode: "string" }).notNull(),
    status: planStatusEnum("status").notNull().default("active"),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    /** The next phase begins by itself the day after its criteria are met; otherwise a clinician approves it. */
    selfProgressing: boolean("self_progressing").notNull().default(false),
    /** A clinician's "Hold": the phase is not proposed again until a session is logged after this day. */
    heldOn: date("held_on", { mode: "string" }),
    /** The clinic template the plan was built from: the outcomes page groups episodes by it. */
    templateId: uuid("template_id").references(() => planTemplates.id, { onDelete: "set null" }),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    // A runner has at most one active plan; the database, not the form, guarantees it.
    uniqueIndex("plans_one_active_per_runner").on(t.runnerId).where(sql`${t.status} = 'active'`),
    index("plans_runner_idx").on(t.runnerId, t.createdAt),
    check("plans_ended_consistent", sql`(${t.status} = 'ended') = (${t.endedAt} IS NOT NULL)`),
    check("plans_start_date_range", inDateRange(t.startDate)),
  ],
);
export type Plan = typeof plans.$inferSelect;
export type NewPlan = typeof plans.$inferInsert;

// Triggers plan_versions_triage_insert/update/delete (migration 0007): a write bumps its runners' runner_triage.version.
/** Editing a plan writes a new version; logs keep pointing at the version they were done against. */
export const planVersions = pgTable(
  "plan_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    /** The day this version takes effect (template phases are dated ahead). */
    effectiveFrom: date("effective_from", { mode: "string" }).notNull(),
    changeNote: text("change_note").notNull().default(""),
    /** Set when a later edit replaced this version before it took effect: it is then never in force. */
    supersededAt: timestamp("superseded_at", { withTimezone: true }),
    /** The phase of the plan this version doses (1 for a plan without phases; an edit keeps its phase's number). */
    phase: smallint("phase").notNull().default(1),
    /** The phase's name from its template ("Week 2"); empty for a plan without named phases. */
    phaseLabel: text("phase_label").notNull().default(""),
    /**
     * A later phase waiting for its criteria (docs/progression.md): never in force until it begins, and
     * `effective_from` is until then the earliest day it may (the template's date).
     */
    waiting: boolean("waiting").notNull().default(false),
    /** The phase's minimum length in days, from when it began; null: no minimum (the last phase). */
    minDays: smallint("min_days"),
    /** Why this version began, in words: "Approved by Maya Patel: 3 green sessions with settled mornings since 12 Nov". */
    beganBecause: text("began_because").notNull().default(""),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    unique("plan_versions_plan_version_unique").on(t.planId, t.version),
    check("plan_versions_version_positive", sql`${t.version} >= 1`),
    check("plan_versions_effective_from_range", inDateRange(t.effectiveFrom)),
    check("plan_versions_phase_range", sql`${t.phase} BETWEEN 1 AND 12`),
    check("plan_versions_min_days_range", sql`${t.minDays} IS NULL OR ${t.minDays} BETWEEN 1 AND 366`),
    check("plan_versions_began_because_length", sql`length(${t.beganBecause}) <= 500 AND length(${t.phaseLabel}) <= 200`),
  ],
);
export type PlanVersion = typeof planVersions.$inferSelect;
export type NewPlanVersion = typeof planVersions.$inferInsert;

// Triggers prescriptions_triage_insert/update/delete (migration 0007): a write bumps its runners' runner_triage.version.
export const prescriptions = pgTable(
  "prescriptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planVersionId: uuid("plan_version_id")
      .notNull()
      .references(() => planVersions.id, { onDelete: "cascade" }),
    ...doseColumns(),
  },
  (t) => [...doseChecks("prescriptions", t), index("prescriptions_version_idx").on(t.planVersionId, t.position)],
);
export type Prescription = typeof prescriptions.$inferSelect;
export type NewPrescription = typeof prescriptions.$inferInsert;
