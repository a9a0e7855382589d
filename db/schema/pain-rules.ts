import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  check,
  numeric,
  pgTable,
  smallint,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { inScoreRange, score, updatedAt } from "./columns";
import { clinics, users } from "./identity";

/*
 * The limits of the pain rules, as data: what each one means (docs/pain-rules.md explains them), the
 * published defaults, and the tables that hold a clinic's defaults and one runner's overrides. The rules
 * (lib/rules/thresholds.ts) read them from here, so the schema and the rules can never disagree.
 */
export interface PainRules {
  /** Pain during activity: above this is amber (Silbernagel: 0-2 safe). */
  painDuringAmberAbove: number;
  /** Pain during activity: above this is red (up to 5 acceptable). */
  painDuringRedAbove: number;
  /** Pain within about an hour after: above this is amber. */
  painAfterAmberAbove: number;
  /** Pain within about an hour after: above this is red. */
  painAfterRedAbove: number;
  /** A next-morning rise over the baseline of at least this many points is red; a smaller rise is amber. */
  morningRiseRed: number;
  /** Next-morning pain above this is red, whatever the baseline. */
  morningPainRedAbove: number;
  /** The acute:chronic load ratio's target band (Gabbett: 0.8-1.3) and the line above which risk rises sharply. */
  loadRatioLow: number;
  loadRatioHigh: number;
  loadRatioDanger: number;
  /** Pain during at or above this asks the tear questions at once, as a sudden pain or pop does. */
  reinjuryPainDuring: number;
  /** This many sessions in a row whose next morning rose above their baseline is worsening (morning creep). */
  morningCreepSessions: number;
  /** At least this many sessions in 7 days and no morning check-in in them: the 24-hour rule cannot be applied. */
  noCheckinSessions: number;
  /** After a break in running, more than this distance (km) in any 7 days is a rise to watch. */
  returnKmAbove: number;
  /** After a break in running, more than this many runs in any 7 days is a rise to watch. */
  returnRunsAbove: number;
  /** A runner screened each morning who has not checked in for this many days is listed "not screened". */
  notScreenedDays: number;
  /** The next phase needs this many sessions in a row since the phase began, green with their mornings in. */
  progressGreenSessions: number;
  /** ...and no red session or open red flag in this many days before today. */
  progressClearDays: number;
  /** This many red sessions within a phase... */
  stepBackReds: number;
  /** ...in this many days propose the previous phase. */
  stepBackDays: number;
  /** The walk-run ladder steps up after this many green runs in a row with their mornings in. */
  ladderGreenRuns: number;
}

export const DEFAULT_PAIN_RULES: PainRules = {
  painDuringAmberAbove: 2,
  painDuringRedAbove: 5,
  painAfterAmberAbove: 2,
  painAfterRedAbove: 5,
  morningRiseRed: 2,
  morningPainRedAbove: 5,
  loadRatioLow: 0.8,
  loadRatioHigh: 1.3,
  loadRatioDanger: 1.5,
  reinjuryPainDuring: 7,
  morningCreepSessions: 3,
  noCheckinSessions: 2,
  returnKmAbove: 10,
  returnRunsAbove: 3,
  notScreenedDays: 3,
  progressGreenSessions: 3,
  progressClearDays: 7,
  stepBackReds: 2,
  stepBackDays: 7,
  ladderGreenRuns: 2,
};

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

// Triggers clinic_pain_rules_triage_insert/update/delete (migration 0007): a write bumps its runners' runner_triage.version.
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
export type ClinicPainRules = typeof clinicPainRules.$inferSelect;
export type NewClinicPainRules = typeof clinicPainRules.$inferInsert;

// Triggers runner_pain_rules_triage_insert/update/delete (migration 0007): a write bumps its runners' runner_triage.version.
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
export type RunnerPainRules = typeof runnerPainRules.$inferSelect;
export type NewRunnerPainRules = typeof runnerPainRules.$inferInsert;
