import { DEFAULT_THRESHOLDS, type Thresholds } from "./thresholds";

/*
 * Running load (DOMAIN.md). Session load is session-RPE (Foster): RPE x minutes. The acute:chronic ratio
 * is the last 7 days' load over the average weekly load of the last 28 days. The method is debated
 * (Impellizzeri 2020): it is shown as context, never as a verdict.
 */
export const sessionLoad = (rpe: number, minutes: number) => rpe * minutes;

export function acuteChronicRatio(acute7: number, chronic28: number): number | null {
  const weeklyAverage = chronic28 / 4;
  return weeklyAverage > 0 ? acute7 / weeklyAverage : null;
}

export type LoadBand = "below target" | "in target" | "above target" | "high risk";

export function loadBand(ratio: number, t: Thresholds = DEFAULT_THRESHOLDS): LoadBand {
  if (ratio > t.acwrDanger) return "high risk";
  if (ratio > t.acwrHigh) return "above target";
  if (ratio < t.acwrLow) return "below target";
  return "in target";
}

/** Week-over-week change in distance, as a fraction (0.3 = 30% more); null without a previous week. */
export function weeklyChange(previous: number, current: number): number | null {
  return previous > 0 ? (current - previous) / previous : null;
}

export const isSteepRise = (change: number | null, t: Thresholds = DEFAULT_THRESHOLDS) =>
  change != null && change > t.weeklyDistanceRiseMax;
