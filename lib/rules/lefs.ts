import type { IsoDate } from "@/lib/dates";
import { score, scoreRange, verdict } from "@/lib/outcomes/instrument";
import { LEFS } from "@/lib/outcomes/instruments";
import { type Phrase, phrase } from "./phrase";

/*
 * The Lower Extremity Functional Scale (Binkley et al., 1999), as lib/outcomes/instruments.ts defines it:
 * 20 everyday activities, each rated 0 (extreme difficulty or unable) to 4 (no difficulty); the total runs
 * 0-80, higher is better. A change of 9 points or more is beyond the scale's measurement error (its
 * minimal detectable change), so StrideBack calls it real; anything smaller is "no real change yet",
 * however it looks on the chart. The names below are the engine's, kept for the LEFS pages and charts.
 */
export const LEFS_ITEMS = LEFS.items;
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
export function lefsSummary(scores: { date: IsoDate; total: number }[]): Phrase {
  if (scores.length === 0) return phrase("summaries.lefsNone");
  const latest = scores.at(-1)!;
  const change = lefsChange(scores);
  if (!change) return phrase("summaries.lefsFirst", { total: latest.total, max: LEFS_MAX, date: { day: latest.date } });
  return phrase("summaries.lefs", {
    total: latest.total,
    max: LEFS_MAX,
    date: { day: latest.date },
    direction: change.points > 0 ? "up" : change.points < 0 ? "down" : "same",
    size: Math.abs(change.points),
    from: { day: change.from.date },
    fromTotal: change.from.total,
    real: change.real ? "yes" : "no",
    mdc: LEFS_MDC,
  });
}
