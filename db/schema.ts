import { relations, sql } from "drizzle-orm";
import { DEFAULT_PAIN_RULES } from "../lib/rules/thresholds";
import { EARLIEST_DATE, LATEST_DATE } from "../lib/validation/fields";
import { HISTORY_FLAG_CODES, RESOLUTION_CODES, SIGN_CODES, URGENCIES } from "../lib/rules/red-flags";
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  pgView,
  primaryKey,
  smallint,
  text,
  time,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/*
 * The whole data model. Every range the product relies on (pain 0-10, RPE 0-10, doses) is a CHECK
 * constraint here, so a row that bypasses the application still cannot break the pain rules. Clinical
 * records (profile, plans, logs, check-ins, notes) restrict the deletion of their runner: deleting a user
 * never deletes a patient's record.
 */

export const roleEnum = pgEnum("role", ["clinician", "runner"]);
export const presentationEnum = pgEnum("presentation", [
  "hamstring_strain",
  "cramp",
  "referred_lumbar",
  "tight_hamstrings",
  "neural_tension",
]);
export const sideEnum = pgEnum("affected_side", ["left", "right", "both"]);
export const exerciseCategoryEnum = pgEnum("exercise_category", [
  "nerve_glide",
  "stretch",
  "strength",
  "eccentric",
  "soft_tissue",
  "running",
]);
export const painRuleEnum = pgEnum("pain_rule", ["standard", "neural"]);
export const planStatusEnum = pgEnum("plan_status", ["active", "ended"]);
export const sessionKindEnum = pgEnum("session_kind", ["exercise", "run"]);
export const redFlagSourceEnum = pgEnum("red_flag_source", ["intake", "checkin", "worry"]);
export const redFlagUrgencyEnum = pgEnum("red_flag_urgency", URGENCIES);
export const redFlagResolutionEnum = pgEnum("red_flag_resolution", RESOLUTION_CODES);

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
/** A 0-10 score (NPRS pain, stiffness, RPE); the CHECK below keeps it in range. */
const score = (name: string) => smallint(name);
const inScoreRange = (column: AnyPgColumn) => sql`${column} IS NULL OR ${column} BETWEEN 0 AND 10`;
/** The calendar StrideBack works in, the same bounds the forms check: year 1 or 9999 is a typo, never a record. */
/** An IANA zone PostgreSQL knows, so that every "today" computed in SQL is computable. */
const isTimeZone = (column: AnyPgColumn) => sql`length(${column}) <= 64 and (timestamptz '2000-01-01 00:00:00+00' at time zone ${column}) is not null`;
const inDateRange = (column: AnyPgColumn) => sql`${column} IS NULL OR ${column} BETWEEN ${sql.raw(`'${EARLIEST_DATE}'`)} AND ${sql.raw(`'${LATEST_DATE}'`)}`;

export const clinics = pgTable(
  "clinics",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    /** The number a runner with a red flag is told to call. */
    phone: text("phone"),
    /** The clinic's own calendar: a colleague's cover ends at the end of its last day here. */
    timeZone: text("time_zone").notNull().default("UTC"),
    /** Every clinician signs in with a second factor; one without is led through enrolment at sign-in. */
    requireSecondFactor: boolean("require_second_factor").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    check("clinics_phone_format", sql`${t.phone} IS NULL OR ${t.phone} ~ '^[+]?[0-9][0-9 ()-]{5,24}$'`),
    check("clinics_name_present", sql`length(trim(${t.name})) BETWEEN 1 AND 120`),
    check("clinics_time_zone_known", isTimeZone(t.timeZone)),
  ],
);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    /** argon2id; null until a runner accepts their invite and chooses a password. */
    passwordHash: text("password_hash"),
    role: roleEnum("role").notNull(),
    clinicId: uuid("clinic_id")
      .notNull()
      .references(() => clinics.id),
    /** When sign-in to this account was last locked after repeated failures; shown to the owner once signed in, until dismissed. */
    lockNoticeAt: timestamp("lock_notice_at", { withTimezone: true }),
    /** A clinic admin: manages colleagues, the clinic's details and every runner of the clinic. Clinicians only. */
    isAdmin: boolean("is_admin").notNull().default(false),
    /** A clinician who has left: no sign-in, no session, no caseload; their audit trail stays. */
    deactivatedAt: timestamp("deactivated_at", { withTimezone: true }),
    /** The TOTP secret, sealed under AUTH_SECRET (lib/jobs/sealed); set once enrolment is confirmed with a code. */
    totpSecret: text("totp_secret"),
    /** The last TOTP time step accepted: a code is never accepted twice. */
    totpLastStep: bigint("totp_last_step", { mode: "number" }),
    createdAt: createdAt(),
  },
  (t) => [
    check("users_email_lowercase", sql`${t.email} = lower(${t.email})`),
    check("users_name_present", sql`length(trim(${t.name})) > 0`),
    check("users_admin_is_clinician", sql`NOT ${t.isAdmin} OR ${t.role} = 'clinician'`),
    index("users_clinic_role_idx").on(t.clinicId, t.role),
  ],
);

/** Which clinician looks after which runner. A runner may have several clinicians. */
export const careTeam = pgTable(
  "care_team",
  {
    clinicianId: uuid("clinician_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    runnerId: uuid("runner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** A colleague covering for a period: in the care team through this date (the clinic's calendar), then gone. */
    coverUntil: date("cover_until", { mode: "string" }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.clinicianId, t.runnerId] }),
    index("care_team_runner_idx").on(t.runnerId),
    check("care_team_cover_until_range", inDateRange(t.coverUntil)),
  ],
);

const historyFlagCodes = sql.raw(`array[${HISTORY_FLAG_CODES.map((c) => `'${c}'`).join(", ")}]::text[]`);
export const runnerProfiles = pgTable(
  "runner_profiles",
  {
    runnerId: uuid("runner_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "restrict" }),
    presentation: presentationEnum("presentation").notNull(),
    affectedSide: sideEnum("affected_side").notNull(),
    goal: text("goal").notNull().default(""),
    startDate: date("start_date", { mode: "string" }).notNull(),
    /** The runner's usual resting pain: the next-morning rule compares against it when that morning has no check-in. */
    usualPain: score("usual_pain").notNull().default(0),
    /** IANA zone of the runner's calendar: "today", the next morning and every window are dates there. */
    timeZone: text("time_zone").notNull().default("UTC"),
    /** Set when the clinician discharges the runner; cleared on re-admission. The history stays. */
    dischargedOn: date("discharged_on", { mode: "string" }),
    dischargeReason: text("discharge_reason"),
    /**
     * The last time a clinician marked this runner reviewed: older painful sessions stop standing on the
     * roster, a silent morning after them stops being flagged, and the runner's worries are read.
     */
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewedBy: uuid("reviewed_by").references(() => users.id),
    /** History that raises suspicion of serious pathology, recorded at intake (HISTORY_FLAGS). */
    historyFlags: text("history_flags").array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [
    check("runner_profiles_reviewed_complete", sql`(${t.reviewedAt} IS NULL) = (${t.reviewedBy} IS NULL)`),
    check("runner_profiles_history_flags_known", sql`${t.historyFlags} <@ ${historyFlagCodes}`),
    check("runner_profiles_start_date_range", inDateRange(t.startDate)),
    check("runner_profiles_discharged_on_range", inDateRange(t.dischargedOn)),
    check("runner_profiles_discharge_complete", sql`(${t.dischargedOn} IS NULL) = (${t.dischargeReason} IS NULL)`),
    check("runner_profiles_discharge_reason_length", sql`${t.dischargeReason} IS NULL OR length(trim(${t.dischargeReason})) BETWEEN 1 AND 500`),
    check("runner_profiles_usual_pain_range", inScoreRange(t.usualPain)),
    // An unknown zone makes the cast fail, so the row is refused.
    check("runner_profiles_time_zone_valid", isTimeZone(t.timeZone)),
  ],
);

/*
 * The limits of the pain rules. A clinic's defaults (one row per clinic, its column defaults the published
 * numbers), and one runner's overrides on top (null = the clinic's value), with the clinician's reason.
 */
const d = DEFAULT_PAIN_RULES;
const ratio = (name: string) => numeric(name, { precision: 4, scale: 2, mode: "number" });
const kilometres = (name: string) => numeric(name, { precision: 4, scale: 1, mode: "number" });
const painRuleColumns = () => ({
  painDuringAmberAbove: score("pain_during_amber_above"),
  painDuringRedAbove: score("pain_during_red_above"),
  painAfterAmberAbove: score("pain_after_amber_above"),
  painAfterRedAbove: score("pain_after_red_above"),
  morningRiseRed: score("morning_rise_red"),
  morningPainRedAbove: score("morning_pain_red_above"),
  loadRatioLow: ratio("load_ratio_low"),
  loadRatioHigh: ratio("load_ratio_high"),
  loadRatioDanger: ratio("load_ratio_danger"),
  reinjuryPainDuring: score("reinjury_pain_during"),
  morningCreepSessions: smallint("morning_creep_sessions"),
  noCheckinSessions: smallint("no_checkin_sessions"),
  returnKmAbove: kilometres("return_km_above"),
  returnRunsAbove: smallint("return_runs_above"),
  notScreenedDays: smallint("not_screened_days"),
  progressGreenSessions: smallint("progress_green_sessions"),
  progressClearDays: smallint("progress_clear_days"),
  stepBackReds: smallint("step_back_reds"),
  stepBackDays: smallint("step_back_days"),
  ladderGreenRuns: smallint("ladder_green_runs"),
});
type PainRuleColumnRefs = Record<keyof ReturnType<typeof painRuleColumns>, AnyPgColumn>;
/** Each limit in range, and in order where both ends are set (an amber limit above the red one is nonsense). */
const painRuleChecks = (prefix: string, t: PainRuleColumnRefs) => {
  const ordered = (low: AnyPgColumn, high: AnyPgColumn) => sql`${low} IS NULL OR ${high} IS NULL OR ${low} <= ${high}`;
  return [
    check(`${prefix}_scores_range`, sql.join([t.painDuringAmberAbove, t.painDuringRedAbove, t.painAfterAmberAbove, t.painAfterRedAbove, t.morningPainRedAbove].map((c) => sql`(${inScoreRange(c)})`), sql` AND `)),
    check(`${prefix}_morning_rise_range`, sql`${t.morningRiseRed} IS NULL OR ${t.morningRiseRed} BETWEEN 1 AND 10`),
    check(`${prefix}_reinjury_range`, sql`${t.reinjuryPainDuring} IS NULL OR ${t.reinjuryPainDuring} BETWEEN 1 AND 10`),
    check(
      `${prefix}_counts_range`,
      sql`(${t.morningCreepSessions} IS NULL OR ${t.morningCreepSessions} BETWEEN 2 AND 10) AND (${t.noCheckinSessions} IS NULL OR ${t.noCheckinSessions} BETWEEN 1 AND 14)
        AND (${t.returnRunsAbove} IS NULL OR ${t.returnRunsAbove} BETWEEN 1 AND 14) AND (${t.notScreenedDays} IS NULL OR ${t.notScreenedDays} BETWEEN 1 AND 14)`,
    ),
    check(
      `${prefix}_progression_range`,
      sql`(${t.progressGreenSessions} IS NULL OR ${t.progressGreenSessions} BETWEEN 1 AND 10) AND (${t.progressClearDays} IS NULL OR ${t.progressClearDays} BETWEEN 1 AND 28)
        AND (${t.stepBackReds} IS NULL OR ${t.stepBackReds} BETWEEN 1 AND 5) AND (${t.stepBackDays} IS NULL OR ${t.stepBackDays} BETWEEN 1 AND 28)
        AND (${t.ladderGreenRuns} IS NULL OR ${t.ladderGreenRuns} BETWEEN 1 AND 5)`,
    ),
    check(`${prefix}_return_km_range`, sql`${t.returnKmAbove} IS NULL OR ${t.returnKmAbove} BETWEEN 1 AND 200`),
    check(`${prefix}_ratio_range`, sql`(${t.loadRatioLow} IS NULL OR ${t.loadRatioLow} > 0) AND (${t.loadRatioDanger} IS NULL OR ${t.loadRatioDanger} <= 5)`),
    check(`${prefix}_during_ordered`, ordered(t.painDuringAmberAbove, t.painDuringRedAbove)),
    check(`${prefix}_after_ordered`, ordered(t.painAfterAmberAbove, t.painAfterRedAbove)),
    check(`${prefix}_band_ordered`, sql`(${ordered(t.loadRatioLow, t.loadRatioHigh)}) AND (${ordered(t.loadRatioHigh, t.loadRatioDanger)})`),
  ];
};

export const clinicPainRules = pgTable(
  "clinic_pain_rules",
  {
    clinicId: uuid("clinic_id")
      .primaryKey()
      .references(() => clinics.id, { onDelete: "cascade" }),
    painDuringAmberAbove: score("pain_during_amber_above").notNull().default(d.painDuringAmberAbove),
    painDuringRedAbove: score("pain_during_red_above").notNull().default(d.painDuringRedAbove),
    painAfterAmberAbove: score("pain_after_amber_above").notNull().default(d.painAfterAmberAbove),
    painAfterRedAbove: score("pain_after_red_above").notNull().default(d.painAfterRedAbove),
    morningRiseRed: score("morning_rise_red").notNull().default(d.morningRiseRed),
    morningPainRedAbove: score("morning_pain_red_above").notNull().default(d.morningPainRedAbove),
    loadRatioLow: ratio("load_ratio_low").notNull().default(d.loadRatioLow),
    loadRatioHigh: ratio("load_ratio_high").notNull().default(d.loadRatioHigh),
    loadRatioDanger: ratio("load_ratio_danger").notNull().default(d.loadRatioDanger),
    reinjuryPainDuring: score("reinjury_pain_during").notNull().default(d.reinjuryPainDuring),
    morningCreepSessions: smallint("morning_creep_sessions").notNull().default(d.morningCreepSessions),
    noCheckinSessions: smallint("no_checkin_sessions").notNull().default(d.noCheckinSessions),
    returnKmAbove: kilometres("return_km_above").notNull().default(d.returnKmAbove),
    returnRunsAbove: smallint("return_runs_above").notNull().default(d.returnRunsAbove),
    notScreenedDays: smallint("not_screened_days").notNull().default(d.notScreenedDays),
    progressGreenSessions: smallint("progress_green_sessions").notNull().default(d.progressGreenSessions),
    progressClearDays: smallint("progress_clear_days").notNull().default(d.progressClearDays),
    stepBackReds: smallint("step_back_reds").notNull().default(d.stepBackReds),
    stepBackDays: smallint("step_back_days").notNull().default(d.stepBackDays),
    ladderGreenRuns: smallint("ladder_green_runs").notNull().default(d.ladderGreenRuns),
    updatedAt: updatedAt(),
  },
  (t) => painRuleChecks("clinic_pain_rules", t),
);

export const runnerPainRules = pgTable(
  "runner_pain_rules",
  {
    runnerId: uuid("runner_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "restrict" }),
    ...painRuleColumns(),
    /** Why this runner's limits differ, in the clinician's words (shown on the runner's page). */
    reason: text("reason").notNull(),
    updatedBy: uuid("updated_by")
      .notNull()
      .references(() => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [
    ...painRuleChecks("runner_pain_rules", t),
    check("runner_pain_rules_reason_present", sql`length(trim(${t.reason})) BETWEEN 1 AND 500`),
  ],
);

export const invites = pgTable(
  "invites",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runnerId: uuid("runner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** SHA-256 of the token; the token itself is only ever in the link. */
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    /** Set when a newer invite replaces this one. */
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("invites_runner_idx").on(t.runnerId)],
);

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

/*
 * The return-to-run walk-run ladder (docs/progression.md). A clinic may keep its own steps; until it does,
 * the library's ladder (lib/rules/ladder.ts) is used. A runner's ladder copies the steps it started with,
 * so a later change to the clinic's ladder does not move a runner mid-way.
 */
export const clinicLadderSteps = pgTable(
  "clinic_ladder_steps",
  {
    clinicId: uuid("clinic_id")
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    position: smallint("position").notNull(),
    walkMinutes: smallint("walk_minutes").notNull(),
    runMinutes: smallint("run_minutes").notNull(),
    repeats: smallint("repeats").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.clinicId, t.position] }),
    check("clinic_ladder_steps_range", sql`${t.position} BETWEEN 1 AND 12 AND ${t.walkMinutes} BETWEEN 0 AND 30 AND ${t.runMinutes} BETWEEN 1 AND 120 AND ${t.repeats} BETWEEN 1 AND 20`),
  ],
);

export const runLadders = pgTable(
  "run_ladders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runnerId: uuid("runner_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    /** The steps as they were when the ladder started: [{ walkMinutes, runMinutes, repeats }]. */
    steps: jsonb("steps").$type<{ walkMinutes: number; runMinutes: number; repeats: number }[]>().notNull(),
    /** The return-to-run criteria the clinician ticked, in their words at the time; recorded, not judged. */
    checklist: text("checklist").array().notNull(),
    checklistNote: text("checklist_note").notNull().default(""),
    startedOn: date("started_on", { mode: "string" }).notNull(),
    startedBy: uuid("started_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("run_ladders_one_active_per_runner").on(t.runnerId).where(sql`${t.endedAt} IS NULL`),
    check("run_ladders_steps_count", sql`jsonb_array_length(${t.steps}) BETWEEN 1 AND 12`),
    check("run_ladders_checklist_ticked", sql`cardinality(${t.checklist}) >= 1`),
    check("run_ladders_note_length", sql`length(${t.checklistNote}) <= 1000`),
    check("run_ladders_started_on_range", inDateRange(t.startedOn)),
  ],
);

/** Each step the ladder took: the step in force on a day is the latest move effective by then. */
export const ladderMoves = pgTable(
  "ladder_moves",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ladderId: uuid("ladder_id")
      .notNull()
      .references(() => runLadders.id, { onDelete: "cascade" }),
    step: smallint("step").notNull(),
    effectiveFrom: date("effective_from", { mode: "string" }).notNull(),
    /** start, up, down: what moved it. */
    reason: text("reason").notNull(),
    because: text("because").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    // One move a day: a later decision the same day replaces the earlier one, so a step is never skipped twice.
    unique("ladder_moves_one_a_day").on(t.ladderId, t.effectiveFrom),
    check("ladder_moves_step_range", sql`${t.step} BETWEEN 1 AND 12`),
    check("ladder_moves_reason_valid", sql`${t.reason} IN ('start', 'up', 'down')`),
  ],
);

export const sessionLogs = pgTable(
  "session_logs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runnerId: uuid("runner_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    /** Generated by the form; a double tap or a retry carries the same id and stores one row. */
    clientId: uuid("client_id").notNull(),
    kind: sessionKindEnum("kind").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    durationMinutes: smallint("duration_minutes").notNull(),
    rpe: score("rpe").notNull(),
    painDuring: score("pain_during").notNull(),
    painAfter: score("pain_after").notNull(),
    distanceKm: numeric("distance_km", { precision: 5, scale: 2, mode: "number" }),
    notes: text("notes").notNull().default(""),
    planVersionId: uuid("plan_version_id").references(() => planVersions.id),
    /** A run on the walk-run ladder: the step in force on the run's date (an offline log keeps its day's step). */
    ladderStep: smallint("ladder_step"),
    /** "Did you feel a sudden sharp pain or a pop?" on a hamstring presentation's log; null when not asked. */
    suddenPain: boolean("sudden_pain"),
    /** After nerve glides: tingling, numbness or pins and needles that was not there before; null when not asked. */
    nerveSymptoms: boolean("nerve_symptoms"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("session_logs_runner_client_unique").on(t.runnerId, t.clientId),
    index("session_logs_runner_date_idx").on(t.runnerId, t.date),
    check("session_logs_rpe_range", inScoreRange(t.rpe)),
    check("session_logs_pain_during_range", inScoreRange(t.painDuring)),
    check("session_logs_pain_after_range", inScoreRange(t.painAfter)),
    check("session_logs_duration_range", sql`${t.durationMinutes} BETWEEN 1 AND 1440`),
    check(
      "session_logs_distance_range",
      sql`${t.distanceKm} IS NULL OR (${t.distanceKm} >= 0 AND ${t.distanceKm} <= 300)`,
    ),
    check("session_logs_run_has_distance", sql`${t.kind} <> 'run' OR ${t.distanceKm} IS NOT NULL`),
    check("session_logs_notes_length", sql`length(${t.notes}) <= 2000`),
    check("session_logs_date_range", inDateRange(t.date)),
  ],
);

/** What the runner did of each prescription within an exercise session. */
export const exerciseResults = pgTable(
  "exercise_results",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionLogId: uuid("session_log_id")
      .notNull()
      .references(() => sessionLogs.id, { onDelete: "cascade" }),
    prescriptionId: uuid("prescription_id")
      .notNull()
      .references(() => prescriptions.id),
    done: boolean("done").notNull(),
    sets: smallint("sets"),
    reps: smallint("reps"),
    holdSeconds: smallint("hold_seconds"),
    painDuring: score("pain_during"),
  },
  (t) => [
    unique("exercise_results_session_prescription_unique").on(t.sessionLogId, t.prescriptionId),
    index("exercise_results_prescription_idx").on(t.prescriptionId),
    check("exercise_results_pain_range", inScoreRange(t.painDuring)),
    check("exercise_results_sets_range", sql`${t.sets} IS NULL OR ${t.sets} BETWEEN 0 AND 20`),
    check("exercise_results_reps_range", sql`${t.reps} IS NULL OR ${t.reps} BETWEEN 0 AND 100`),
    check(
      "exercise_results_hold_range",
      sql`${t.holdSeconds} IS NULL OR ${t.holdSeconds} BETWEEN 0 AND 600`,
    ),
  ],
);

/** The next-morning check-in: the 24-hour signal of the pain-monitoring model. */
export const morningCheckins = pgTable(
  "morning_checkins",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runnerId: uuid("runner_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    clientId: uuid("client_id").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    pain: score("pain").notNull(),
    stiffness: score("stiffness").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // One per day: a second check-in the same morning edits the first.
    unique("morning_checkins_runner_date_unique").on(t.runnerId, t.date),
    unique("morning_checkins_runner_client_unique").on(t.runnerId, t.clientId),
    check("morning_checkins_pain_range", inScoreRange(t.pain)),
    check("morning_checkins_stiffness_range", inScoreRange(t.stiffness)),
    check("morning_checkins_date_range", inDateRange(t.date)),
  ],
);

/*
 * One red-flag screen: the signs asked and those answered yes, at intake (asked by the clinician), with a
 * morning check-in, or from "something new or worrying?". A screen with a yes is an open flag until a
 * clinician records what was done; nothing else clears it. Screens with no yes stay as the record that
 * the runner was asked.
 */
const signCodes = sql.raw(`array[${SIGN_CODES.map((c) => `'${c}'`).join(", ")}]::text[]`);
export const redFlagReports = pgTable(
  "red_flag_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runnerId: uuid("runner_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    /** The form's id: a repeat of the same answer (a double tap, the offline queue) stores one row. */
    clientId: uuid("client_id").notNull(),
    source: redFlagSourceEnum("source").notNull(),
    /** The check-in it was answered with. Deleting that check-in keeps the screen: it is a safety record. */
    checkinId: uuid("checkin_id").references(() => morningCheckins.id, { onDelete: "set null" }),
    asked: text("asked").array().notNull(),
    signs: text("signs").array().notNull(),
    /** The most urgent group among the signs; null when every answer was no. */
    urgency: redFlagUrgencyEnum("urgency"),
    reportedBy: uuid("reported_by")
      .notNull()
      .references(() => users.id),
    reportedAt: timestamp("reported_at", { withTimezone: true }).notNull().defaultNow(),
    resolution: redFlagResolutionEnum("resolution"),
    resolutionNote: text("resolution_note"),
    resolvedBy: uuid("resolved_by").references(() => users.id),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    /** "Something else is worrying me": the runner's own words, a non-urgent item for the clinician to read. */
    worry: text("worry"),
    /** When the alert to the runner's clinicians was queued (in the same transaction as the report). */
    alertQueuedAt: timestamp("alert_queued_at", { withTimezone: true }),
  },
  (t) => [
    unique("red_flag_reports_runner_client_unique").on(t.runnerId, t.clientId),
    // The roster reads open flags only: a small partial index.
    index("red_flag_reports_open_idx").on(t.runnerId, t.reportedAt).where(sql`${t.urgency} IS NOT NULL AND ${t.resolvedAt} IS NULL`),
    check("red_flag_reports_known_signs", sql`${t.asked} <@ ${signCodes} AND ${t.signs} <@ ${t.asked} AND cardinality(${t.asked}) > 0`),
    check("red_flag_reports_urgency_with_signs", sql`(${t.urgency} IS NULL) = (cardinality(${t.signs}) = 0)`),
    check("red_flag_reports_checkin_source", sql`${t.checkinId} IS NULL OR ${t.source} = 'checkin'`),
    check("red_flag_reports_resolution_complete", sql`(${t.resolution} IS NULL) = (${t.resolvedAt} IS NULL) AND (${t.resolvedAt} IS NULL) = (${t.resolvedBy} IS NULL)`),
    check("red_flag_reports_resolution_needs_flag", sql`${t.resolution} IS NULL OR ${t.urgency} IS NOT NULL`),
    check("red_flag_reports_note_length", sql`${t.resolutionNote} IS NULL OR length(${t.resolutionNote}) <= 1000`),
    // An emergency or same-day flag is closed with a written note of what was done.
    check("red_flag_reports_urgent_close_noted", sql`${t.resolvedAt} IS NULL OR ${t.urgency} NOT IN ('emergency', 'today') OR length(trim(coalesce(${t.resolutionNote}, ''))) > 0`),
    check("red_flag_reports_worry_length", sql`${t.worry} IS NULL OR length(trim(${t.worry})) BETWEEN 1 AND 2000`),
  ],
);

export const clinicianNotes = pgTable(
  "clinician_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runnerId: uuid("runner_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("clinician_notes_runner_idx").on(t.runnerId, t.createdAt),
    check("clinician_notes_body_length", sql`length(trim(${t.body})) BETWEEN 1 AND 5000`),
  ],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    /** The actor's clinic, so a clinic reads its own audit trail and nobody else's. */
    clinicId: uuid("clinic_id").references(() => clinics.id),
    /** The runner whose data was read or changed, when there is one. */
    runnerId: uuid("runner_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id").notNull(),
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_log_subject_idx").on(t.subjectType, t.subjectId, t.at),
    index("audit_log_clinic_idx").on(t.clinicId, t.at),
    index("audit_log_runner_idx").on(t.runnerId, t.at),
  ],
);

/*
 * Signed-in sessions. The cookie (a JWT) only names its row here; each request checks the row, so signing
 * out, a password change or a discharge ends a session on every instance at once, and an idle session ends.
 */
export const authSessions = pgTable(
  "auth_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** A password alone is not enough yet: "verify" a second factor, or "enrol" one the clinic requires. */
    pendingStep: text("pending_step"),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedReason: text("revoked_reason"),
  },
  (t) => [
    index("auth_sessions_user_idx").on(t.userId),
    check("auth_sessions_revoked_reason", sql`(${t.revokedAt} IS NULL) = (${t.revokedReason} IS NULL)`),
    check("auth_sessions_pending_step", sql`${t.pendingStep} IS NULL OR ${t.pendingStep} IN ('verify', 'enrol')`),
  ],
);

/** The care team now (migration 0013): active clinicians, a cover only through its last day in the clinic's calendar. */
export const careTeamLive = pgView("care_team_live", {
  clinicianId: uuid("clinician_id").notNull(),
  runnerId: uuid("runner_id").notNull(),
  coverUntil: date("cover_until", { mode: "string" }),
}).existing();

/** Who may see which runner (migration 0013): the live care team, and every active admin of the runner's clinic. */
export const careAccess = pgView("care_access", {
  clinicianId: uuid("clinician_id").notNull(),
  runnerId: uuid("runner_id").notNull(),
}).existing();

/*
 * One-time links that are not runner invites: the clinic's set-up link, a colleague's invite, a password
 * reset. As with invites, only the SHA-256 of the token is kept; the token itself is only in the link.
 */
export const accountTokenPurposeEnum = pgEnum("account_token_purpose", ["setup", "clinician_invite", "password_reset"]);
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    purpose: accountTokenPurposeEnum("purpose").notNull(),
    /** Whose account the link opens; none for the set-up link, which creates the first one. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    /** Set when a newer link of the same purpose replaces this one. */
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("account_tokens_user_idx").on(t.userId, t.purpose),
    check("account_tokens_user_for_purpose", sql`(${t.purpose} = 'setup') = (${t.userId} IS NULL)`),
  ],
);

/** The ten single-use codes that open an account whose authenticator is lost; stored as SHA-256 only. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [unique("recovery_codes_user_code_unique").on(t.userId, t.codeHash)],
);

/*
 * Failed sign-ins (and invite attempts) per account and per address, shared by every app instance. A key
 * blocked until a time is refused before any password is hashed.
 */
export const authThrottle = pgTable(
  "auth_throttle",
  {
    key: text("key").primaryKey(),
    failures: integer("failures").notNull().default(0),
    windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull().defaultNow(),
    blockedUntil: timestamp("blocked_until", { withTimezone: true }),
  },
  (t) => [check("auth_throttle_failures", sql`${t.failures} >= 0`)],
);

/*
 * Each runner's triage as the roster shows it, kept so that a roster page sorts, filters and pages in SQL.
 * A summary is only ever a cache of lib/rules/triage: it is valid for one version of the runner's inputs
 * and one day of their calendar. Triggers (migration 0007) bump `version` in the same transaction as any
 * write to those inputs, so a write can never leave a summary that looks current; the roster recomputes
 * stale summaries before it reads a page. A summary is also tied to the release that computed it, so that a
 * release which changes how a runner is judged never shows a light the previous one worked out.
 */
export const runnerTriage = pgTable(
  "runner_triage",
  {
    runnerId: uuid("runner_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    version: bigint("version", { mode: "number" }).notNull().default(1),
    /** The version and the runner's day this summary was computed for; null until first computed. */
    computedVersion: bigint("computed_version", { mode: "number" }),
    computedDay: date("computed_day", { mode: "string" }),
    /** The release that computed it (lib/code-revision): a summary judged by older code is not trusted. */
    computedRevision: text("computed_revision"),
    rank: smallint("rank"),
    urgencyOrder: smallint("urgency_order"),
    /** Among equally urgent runners the freshest news first: a red flag's ISO instant, or the latest session's date. */
    attentionSince: text("attention_since"),
    lastLogDate: date("last_log_date", { mode: "string" }),
    lastPainDuring: smallint("last_pain_during"),
    completionRatio: doublePrecision("completion_ratio"),
    planTitle: text("plan_title"),
    /** Everything else the roster row shows (status, chips, sparkline, limits), as computed. */
    summary: jsonb("summary"),
  },
);

/*
 * Chart series over a runner's whole history, kept so that the "all" range of a long rehab costs a read,
 * not a re-judging of every session. Like runner_triage, a row is only a cache of lib/data/recovery: it is
 * valid for the runner_triage version (bumped by every write to the inputs), the runner's day it was
 * computed for and the release that computed it, and is recomputed on the first read after any of them moves.
 */
export const runnerSeries = pgTable(
  "runner_series",
  {
    runnerId: uuid("runner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Which series: "pain", "completion", "running", "exercises", or "exercise:<id>". */
    series: text("series").notNull(),
    version: bigint("version", { mode: "number" }).notNull(),
    day: date("day", { mode: "string" }).notNull(),
    /** The release that computed it, as for runner_triage. */
    revision: text("revision"),
    value: jsonb("value").notNull(),
  },
  (t) => [primaryKey({ columns: [t.runnerId, t.series] })],
);

/*
 * When and how a person wants to be reminded, in their own calendar (a runner's zone is their profile's;
 * a clinician's is kept here for the daily digest). No row means the defaults below: check-in reminders,
 * nudges and the digest on, exercise reminders off until the runner picks days.
 */
export const reminderSettings = pgTable(
  "reminder_settings",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Exercise reminder days, Monday = bit 0 ... Sunday = bit 6; 0 means none. */
    exerciseDays: smallint("exercise_days").notNull().default(0),
    exerciseTime: time("exercise_time").notNull().default("18:00"),
    checkinReminder: boolean("checkin_reminder").notNull().default(true),
    /** When the runner wakes: the next-morning check-in reminder, and a nudge after days without a log. */
    wakeTime: time("wake_time").notNull().default("07:00"),
    nudge: boolean("nudge").notNull().default(true),
    email: boolean("email").notNull().default(true),
    digest: boolean("digest").notNull().default(true),
    digestTime: time("digest_time").notNull().default("07:30"),
    /** The clinician's zone for the digest; runners use their profile's. */
    timeZone: text("time_zone").notNull().default("UTC"),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("reminder_settings_days_range", sql`${t.exerciseDays} BETWEEN 0 AND 127`),
    check("reminder_settings_time_zone_valid", isTimeZone(t.timeZone)),
  ],
);

/*
 * A phone (or browser) where the person turned notifications on: the Web Push endpoint and the keys that
 * encrypt for it. An endpoint the push service says is gone (404 or 410) is deleted.
 */
export const pushSubscriptions = pgTable(
  "push_subscriptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    endpoint: text("endpoint").notNull().unique(),
    p256dh: text("p256dh").notNull(),
    auth: text("auth").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("push_subscriptions_user_idx").on(t.userId),
    check("push_subscriptions_endpoint_https", sql`${t.endpoint} LIKE 'https://%' AND length(${t.endpoint}) <= 1000`),
  ],
);

/*
 * Every reminder, digest and notification that left, one row per person, kind and occasion (a day, a
 * message). The unique key is what makes a delivery happen once however many workers run: a worker claims
 * the row and sends in one transaction, and a second worker with the same job finds the row and stops.
 */
export const deliveries = pgTable(
  "deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    occasion: text("occasion").notNull(),
    channel: text("channel").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("deliveries_once").on(t.userId, t.kind, t.occasion),
    check("deliveries_kind", sql`${t.kind} IN ('invite', 'exercise', 'checkin', 'nudge', 'digest', 'message', 'account', 'red_flag')`),
    check("deliveries_channel", sql`${t.channel} IN ('email', 'push', 'none')`),
  ],
);

/*
 * The conversation between a runner and their care team: one thread per runner, which the runner and
 * every clinician caring for them read. Clinician notes (clinician_notes) stay separate and private.
 */
export const messages = pgTable(
  "messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runnerId: uuid("runner_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    /** Generated by the form: a double tap or a retry stores one message. */
    clientId: uuid("client_id").notNull(),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique("messages_author_client_unique").on(t.authorId, t.clientId),
    index("messages_runner_created_idx").on(t.runnerId, t.createdAt),
    check("messages_body_length", sql`length(trim(${t.body})) BETWEEN 1 AND 2000`),
  ],
);

/** How far each reader has read each thread: unread is what came from others after this. */
export const messageReads = pgTable(
  "message_reads",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    runnerId: uuid("runner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    readUntil: timestamp("read_until", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.runnerId] })],
);

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

/** How often a runner is asked to fill the Lower Extremity Functional Scale; set by a clinician caring for them. */
export const lefsSchedules = pgTable(
  "lefs_schedules",
  {
    runnerId: uuid("runner_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    everyDays: smallint("every_days").notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    setBy: uuid("set_by").references(() => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [check("lefs_schedules_every_range", sql`${t.everyDays} BETWEEN 7 AND 56`), check("lefs_schedules_start_range", inDateRange(t.startsOn))],
);

/** One filled LEFS: 20 answers of 0-4; the total (0-80) is checked against them, so it can never disagree. */
export const lefsResponses = pgTable(
  "lefs_responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runnerId: uuid("runner_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    clientId: uuid("client_id").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    answers: smallint("answers").array().notNull(),
    total: smallint("total").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique("lefs_responses_runner_client_unique").on(t.runnerId, t.clientId),
    index("lefs_responses_runner_date_idx").on(t.runnerId, t.date),
    check(
      "lefs_responses_answers",
      sql`array_length(${t.answers}, 1) = 20 AND array_ndims(${t.answers}) = 1 AND array_position(${t.answers}, NULL) IS NULL AND 0 <= ALL(${t.answers}) AND 4 >= ALL(${t.answers})`,
    ),
    check("lefs_responses_total", sql.raw(`total = ${Array.from({ length: 20 }, (_, i) => `answers[${i + 1}]`).join(" + ")}`)),
    check("lefs_responses_date_range", inDateRange(t.date)),
  ],
);

export const usersRelations = relations(users, ({ one, many }) => ({
  clinic: one(clinics, { fields: [users.clinicId], references: [clinics.id] }),
  profile: one(runnerProfiles, { fields: [users.id], references: [runnerProfiles.runnerId] }),
  plans: many(plans),
}));
export const plansRelations = relations(plans, ({ one, many }) => ({
  runner: one(users, { fields: [plans.runnerId], references: [users.id] }),
  versions: many(planVersions),
}));
export const planVersionsRelations = relations(planVersions, ({ one, many }) => ({
  plan: one(plans, { fields: [planVersions.planId], references: [plans.id] }),
  prescriptions: many(prescriptions),
}));
export const prescriptionsRelations = relations(prescriptions, ({ one }) => ({
  version: one(planVersions, { fields: [prescriptions.planVersionId], references: [planVersions.id] }),
  exercise: one(exercises, { fields: [prescriptions.exerciseId], references: [exercises.id] }),
}));
export const sessionLogsRelations = relations(sessionLogs, ({ many }) => ({
  results: many(exerciseResults),
}));
export const exerciseResultsRelations = relations(exerciseResults, ({ one }) => ({
  session: one(sessionLogs, { fields: [exerciseResults.sessionLogId], references: [sessionLogs.id] }),
  prescription: one(prescriptions, {
    fields: [exerciseResults.prescriptionId],
    references: [prescriptions.id],
  }),
}));

export type Role = (typeof roleEnum.enumValues)[number];
export type AccountTokenPurpose = (typeof accountTokenPurposeEnum.enumValues)[number];
export type Presentation = (typeof presentationEnum.enumValues)[number];
