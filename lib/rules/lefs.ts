import type { IsoDate } from "@/lib/dates";
import { score, scoreRange, verdict } from "@/lib/outcomes/instrument";
import { LEFS } from "@/lib/outcomes/instruments";

/*
 * The Lower Extremity Functional Scale (Binkley et al., 1999), as lib/outcomes/instruments.ts defines it:
 * 20 everyday activities, each rated 0 (extreme difficulty or unable) to 4 (no difficulty); the total runs
 * 0-80, higher is better. A change of 9 points or more is beyond the scale's measurement error (its
 * minimal detectable change), so StrideBack calls it real; anything smaller is "no real change yet",
 * however it looks on the chart. The names below are the engine's, kept for the LEFS pages and charts.
 */
export const LEFS_QUESTION = LEFS.stem;
export const LEFS_ITEMS = LEFS.items;
export const LEFS_CHOICES = LEFS.scale.choices;
export const LEFS_MAX = scoreRange(LEFS).max;
/** Minimal detectable change (90% confidence), in points. */
export const LEFS_MDC = LEFS.realChange.points;

export const lefsTotal = (answers: readonly number[]) => score(LEFS, answers);

export interface LefsChange {
  from: { date: IsoDate; total: number };
  to: { date: IsoDate; total: number };
  points: number;
  real: boolean;
}

/** Change from the first score to the latest: real when it is at least the MDC either way. */
export function lefsChange(scores: { date: IsoDate; total: number }[]): LefsChange | null {
  if (scores.length < 2) return null;
  const from = scores[0]!;
  const to = scores.at(-1)!;
  const { points, real } = verdict(LEFS, from.total, to.total)!;
  return { from, to, points, real };
}

/** The summary both sides read under the chart. */
export function lefsSummary(scores: { date: IsoDate; total: number }[], formatDay: (d: IsoDate) => string): string {
  if (scores.length === 0) return "No LEFS filled yet.";
  const latest = scores.at(-1)!;
  const change = lefsChange(scores);
  if (!change) return `LEFS ${latest.total} of ${LEFS_MAX} on ${formatDay(latest.date)}: the first score, the baseline for later ones.`;
  const size = Math.abs(change.points);
  const direction = change.points > 0 ? `up ${size} point${size === 1 ? "" : "s"} (better)` : change.points < 0 ? `down ${size} point${size === 1 ? "" : "s"} (worse)` : "unchanged";
  const verdict = change.real
    ? `a real change: at least the ${LEFS_MDC}-point minimal detectable change`
    : `no real change yet: less than the ${LEFS_MDC}-point minimal detectable change`;
  return `LEFS ${latest.total} of ${LEFS_MAX} on ${formatDay(latest.date)}, ${direction} since ${formatDay(change.from.date)} (${change.from.total}): ${verdict}.`;
}
