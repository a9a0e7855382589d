/*
 * Every number the pain rules use, in one place (docs/pain-rules.md explains each).
 *
 * PainRules are the limits a clinician may change for one runner: the clinic's defaults live in the
 * database (clinic_pain_rules, whose column defaults come from DEFAULT_PAIN_RULES below) and a runner's
 * overrides in runner_pain_rules. Components and SQL never hold these numbers: they receive the runner's
 * rules as data.
 *
 * RULE_DEFINITIONS are the definitions behind trends, adherence and load (what counts as a real change, the
 * windows): the same for every runner, so they stay constants here.
 */
export { type PainRules, DEFAULT_PAIN_RULES } from "@/db/schema/pain-rules";
import { DEFAULT_PAIN_RULES, type PainRules } from "@/db/schema/pain-rules";

export const PAIN_RULE_KEYS = Object.keys(DEFAULT_PAIN_RULES) as (keyof PainRules)[];

/** The limits that are pain scores (0-10), as opposed to load ratios. */
export const PAIN_SCORE_KEYS = [
  "painDuringAmberAbove",
  "painDuringRedAbove",
  "painAfterAmberAbove",
  "painAfterRedAbove",
  "morningRiseRed",
  "morningPainRedAbove",
  "reinjuryPainDuring",
] as const satisfies readonly (keyof PainRules)[];

export const RULE_DEFINITIONS = {
  /** A real change in pain: at least 2 points, or at least 33% and at least 1 point. */
  realChangePoints: 2,
  realChangeRatio: 0.33,
  realChangeFloorPoints: 1,
  /** Trends compare the mean pain after of the last 14 days against the 14 days before, each with 3 logs or more. */
  trendWindowDays: 14,
  trendMinLogs: 3,
  /** Stopped doing the plan: completion below half over the last 14 days (or the plan's life if younger). */
  completionWindowDays: 14,
  completionStoppedBelow: 0.5,
  /** A silence this long is mentioned on the roster ("no log for 9 days"); stopped logging is a silence of completionWindowDays (14). */
  silentDaysMention: 7,
  /** Stopped doing the plan is not judged on a plan younger than this, or on fewer prescribed sessions than the next. */
  completionMinPlanDays: 7,
  completionMinPrescribed: 3,
  /** Baseline when that morning has no check-in: the latest check-in of this many days before, then the usual pain. */
  baselineLookbackDays: 2,
  /** A runner greener than this after a downward edit stays visible to the clinician for this many days. */
  greenerEditDays: 7,
  /** Rolling load windows: acute 7 days, chronic 28 days; a 14-day gap in running is a break. */
  acuteDays: 7,
  chronicDays: 28,
  breakDays: 14,
  /** A rise in distance over the previous 7 days above this fraction is hard to tolerate. */
  weeklyDistanceRiseMax: 0.3,
  /** How far back triage looks for a red or amber session. */
  triageRecentDays: 7,
  /** A painful session's next-morning check-in is missing once this many days have begun since it. */
  missingCheckinAfterDays: 2,
} as const;

/** A runner's rules: the clinic's defaults, with the runner's own overrides on top. */
export function effectiveRules(clinic: Partial<PainRules> | null, overrides: Partial<PainRules> | null): PainRules {
  const rules = { ...DEFAULT_PAIN_RULES };
  for (const key of PAIN_RULE_KEYS) {
    const value = overrides?.[key] ?? clinic?.[key];
    if (value != null) rules[key] = Number(value);
  }
  return rules;
}

/** The keys whose value for this runner differs from the clinic's default. */
export function differingRules(clinic: PainRules, effective: PainRules): (keyof PainRules)[] {
  return PAIN_RULE_KEYS.filter((key) => clinic[key] !== effective[key]);
}

/** The limits as bands for the 0-10 scales and the charts: above `amberAbove` amber, above `redAbove` red. */
export function painBands(rules: PainRules) {
  return {
    during: { amberAbove: rules.painDuringAmberAbove, redAbove: rules.painDuringRedAbove },
    after: { amberAbove: rules.painAfterAmberAbove, redAbove: rules.painAfterRedAbove },
  };
}
export type PainBands = ReturnType<typeof painBands>;
