import type { IsoDate } from "@/lib/dates";
import { type Instrument, scoreRange, type Verdict } from "./instrument";

/* The sentences both sides read about a measure: its score, and whether its change is real. */

/** "PSFS 6.5 of 10", "GROC +4 (Moderately better)". */
export function scoreWords(instrument: Instrument, score: number): string {
  if (instrument.measures === "change") {
    const label = instrument.scale.choices.find((c) => c.value === score)?.label;
    return `${instrument.short} ${score > 0 ? "+" : ""}${score}${label ? ` (${label})` : ""}`;
  }
  return `${instrument.short} ${score.toFixed(instrument.decimals)} of ${scoreRange(instrument).max}`;
}

/** The verdict in words, with the threshold it was judged by. */
export function verdictWords(instrument: Instrument, change: Verdict | null, firstDate: IsoDate | null, formatDay: (d: IsoDate) => string): string {
  const { points: threshold, kind } = instrument.realChange;
  if (!change) return "Not filled yet.";
  if (instrument.measures === "change") {
    return change.real
      ? `A real change: a rating of ${threshold} or more either way (the ${kind}).`
      : `No real change: a rating nearer 0 than ${threshold} (the ${kind}).`;
  }
  if (firstDate == null) return "The first score, the baseline for later ones.";
  const size = Math.abs(change.points).toFixed(instrument.decimals);
  const moved = change.direction === "same" ? "unchanged" : `${change.direction === "better" ? "up" : "down"} ${size} (${change.direction})`;
  return change.real
    ? `${moved} since ${formatDay(firstDate)}: a real change, at least the ${threshold}-point ${kind}.`
    : `${moved} since ${formatDay(firstDate)}: no real change yet, less than the ${threshold}-point ${kind}.`;
}
