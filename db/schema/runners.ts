import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, inDateRange, inScoreRange, isTimeZone, score, updatedAt } from "./columns";
import { users } from "./identity";
import { HISTORY_FLAG_CODES } from "./red-flag-codes";

export const presentationEnum = pgEnum("presentation", [
  "hamstring_strain",
  "cramp",
  "referred_lumbar",
  "tight_hamstrings",
  "neural_tension",
]);
export const sideEnum = pgEnum("affected_side", ["left", "right", "both"]);
const historyFlagCodes = sql.raw(`array[${HISTORY_FLAG_CODES.map((c) => `'${c}'`).join(", ")}]::text[]`);
// Triggers runner_profiles_triage_insert/update/delete (migration 0007): a write bumps its runners' runner_triage.version.
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
    /** The first day of the current episode of care: the start date, then the day of each re-admission. Null: the start date. */
    episodeStartedOn: date("episode_started_on", { mode: "string" }),
    /** When a clinician asked for the discharge measures: due to the runner until a fill after it. Cleared on discharge. */
    dischargeMeasuresAskedAt: timestamp("discharge_measures_asked_at", { withTimezone: true }),
    /**
     * The last time a clinician marked this runner reviewed: older painful sessions stop standing on the
     * roster, a silent morning after them stops being flagged, and the runner's worries are read.
     */
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewedBy: uuid("reviewed_by").references(() => users.id),
    /** History that raises suspicion of serious pathology, recorded at intake (HISTORY_FLAG_CODES; words in labels.history). */
    historyFlags: text("history_flags").array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [
    check("runner_profiles_reviewed_complete", sql`(${t.reviewedAt} IS NULL) = (${t.reviewedBy} IS NULL)`),
    check("runner_profiles_history_flags_known", sql`${t.historyFlags} <@ ${historyFlagCodes}`),
    check("runner_profiles_start_date_range", inDateRange(t.startDate)),
    check("runner_profiles_discharged_on_range", inDateRange(t.dischargedOn)),
    check("runner_profiles_episode_start_range", inDateRange(t.episodeStartedOn)),
    check("runner_profiles_discharge_complete", sql`(${t.dischargedOn} IS NULL) = (${t.dischargeReason} IS NULL)`),
    check("runner_profiles_discharge_reason_length", sql`${t.dischargeReason} IS NULL OR length(trim(${t.dischargeReason})) BETWEEN 1 AND 500`),
    check("runner_profiles_usual_pain_range", inScoreRange(t.usualPain)),
    // An unknown zone makes the cast fail, so the row is refused.
    check("runner_profiles_time_zone_valid", isTimeZone(t.timeZone)),
  ],
);
export type RunnerProfile = typeof runnerProfiles.$inferSelect;
export type NewRunnerProfile = typeof runnerProfiles.$inferInsert;

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
export type ClinicianNote = typeof clinicianNotes.$inferSelect;
export type NewClinicianNote = typeof clinicianNotes.$inferInsert;


export type Presentation = (typeof presentationEnum.enumValues)[number];
