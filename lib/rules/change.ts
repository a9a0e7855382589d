import { DEFAULT_THRESHOLDS, type Thresholds } from "./thresholds";

/*
 * Is a change in pain real? At least 2 points or 33% on the NPRS (DOMAIN.md); smaller changes are noise.
 * Lower pain is better, so a fall is an improvement.
 */
export type Trend = "improving" | "worsening" | "no real change";

export interface PainChange {
  from: number;
  to: number;
  points: number;
  trend: Trend;
}

export function painChange(from: number, to: number, t: Thresholds = DEFAULT_THRESHOLDS): PainChange {
  const points = to - from;
  // Compared with a small tolerance: 0.33 of 6 is 1.98, and floating point should not decide a boundary.
  const relative = from > 0 ? Math.abs(points) / from : points === 0 ? 0 : Infinity;
  const real = Math.abs(points) >= t.realChangePoints - 1e-9 || relative >= t.realChangeRatio - 1e-9;
  const trend: Trend = !real || points === 0 ? "no real change" : points < 0 ? "improving" : "worsening";
  return { from, to, points, trend };
}
