/*
 * Every number the pain rules use, in one place, as named defaults from ../shared/DOMAIN.md. A clinic
 * will be able to override them; nothing else in the code base hard-codes these values.
 */
export const DEFAULT_THRESHOLDS = {
  /** NPRS during activity: 0-2 safe, up to 5 acceptable, above 5 not acceptable (Silbernagel 2007). */
  painSafeMax: 2,
  painAcceptableMax: 5,
  /** A real change in pain: at least 2 points or 33% of the starting value. */
  realChangePoints: 2,
  realChangeRatio: 0.33,
  /** Stopped doing the plan: completion of prescribed sessions below half over the last 14 days. */
  completionWindowDays: 14,
  completionStoppedBelow: 0.5,
  /** Acute:chronic workload ratio: 0.8-1.3 the usual target band; above 1.5 risk rises sharply (Gabbett). */
  acwrLow: 0.8,
  acwrHigh: 1.3,
  acwrDanger: 1.5,
  /** Week-over-week rise in running distance that is hard to tolerate. */
  weeklyDistanceRiseMax: 0.3,
  /** How far back triage looks for a red or amber session. */
  triageRecentDays: 7,
} as const;

export type Thresholds = { [K in keyof typeof DEFAULT_THRESHOLDS]: number };
