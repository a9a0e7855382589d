import { addDaysIso, type IsoDate } from "@/lib/dates";
import { RULE_DEFINITIONS } from "./thresholds";

/*
 * Is a change in pain real? At least 2 points, or at least 33% and at least 1 point (docs/pain-rules.md):
 * 3 -> 2 is real, 0.4 -> 0.6 is noise. Lower pain is better, so a fall is an improvement.
 */
export type Trend = "improving" | "worsening" | "no real change";

export interface PainChange {
  from: number;
  to: number;
  points: number;
  trend: Trend;
}

// Boundaries are compared with a small tolerance: 33% of 6 is 1.98, and floating point should not decide.
const EPSILON = 1e-9;

export function painChange(from: number, to: number): PainChange {
  const d = RULE_DEFINITIONS;
  const points = to - from;
  const size = Math.abs(points);
  const relative = from > 0 ? size / from : size > 0 ? Infinity : 0;
  const real = size >= d.realChangePoints - EPSILON || (size >= d.realChangeFloorPoints - EPSILON && relative >= d.realChangeRatio - EPSILON);
  const trend: Trend = !real ? "no real change" : points < 0 ? "improving" : "worsening";
  return { from, to, points, trend };
}

export interface PainWindow {
  mean: number | null;
  logs: number;
}

/** The trend of pain after: the last 14 days against the 14 before, only when each has enough logs. */
export function painTrend(before: PainWindow, recent: PainWindow): PainChange | null {
  const enough = (w: PainWindow) => w.mean != null && w.logs >= RULE_DEFINITIONS.trendMinLogs;
  return enough(before) && enough(recent) ? painChange(before.mean!, recent.mean!) : null;
}

/** The two windows the rule compares, built from dated values: the last 14 days ending on `end`, and the 14 before. */
export function trendWindows(points: { date: IsoDate; value: number }[], end: IsoDate): { before: PainWindow; recent: PainWindow } {
  const days = RULE_DEFINITIONS.trendWindowDays;
  const recentFrom = addDaysIso(end, -(days - 1));
  const beforeFrom = addDaysIso(end, -(2 * days - 1));
  const window = (from: IsoDate, to: IsoDate): PainWindow => {
    const values = points.filter((p) => p.date >= from && p.date <= to).map((p) => p.value);
    return { mean: values.length ? values.reduce((a, b) => a + b, 0) / values.length : null, logs: values.length };
  };
  return { before: window(beforeFrom, addDaysIso(recentFrom, -1)), recent: window(recentFrom, end) };
}

/** The three series worsening is judged on, each on its own (docs/pain-rules.md, "Worsening"). */
export type PainSeries = "after" | "during" | "morning";
export type PainTrends = Record<PainSeries, PainChange | null>;
