import { addDaysIso, daysBetween, type IsoDate } from "@/lib/dates";
import { DEFAULT_PAIN_RULES, type PainRules, RULE_DEFINITIONS } from "./thresholds";

/*
 * Running load (docs/pain-rules.md). Session load is session-RPE (Foster): RPE x minutes. The acute:chronic
 * ratio is the load of the last 7 days over the weekly average of the last 28, on rolling days ending on the
 * day asked about: never a half-finished calendar week. This file is its one definition, used by the chart,
 * its summary and triage alike. It is context, never a verdict (Impellizzeri 2020): with less than 28 days
 * of running history, or after a break of 14 days or more, there is no meaningful ratio and none is given.
 */
export const sessionLoad = (rpe: number, minutes: number) => rpe * minutes;

export interface Run {
  date: IsoDate;
  load: number;
  distanceKm: number;
}

export type LoadRatio =
  | { kind: "ratio"; value: number; band: LoadBand }
  | { kind: "no-runs" }
  | { kind: "building"; days: number }
  | { kind: "break"; daysOff: number; returned: boolean };

export type LoadBand = "below target" | "in target" | "above target" | "high risk";

export function loadBand(ratio: number, rules: PainRules = DEFAULT_PAIN_RULES): LoadBand {
  if (ratio > rules.loadRatioDanger) return "high risk";
  if (ratio > rules.loadRatioHigh) return "above target";
  if (ratio < rules.loadRatioLow) return "below target";
  return "in target";
}

/** Ratios are read to two decimals: 1.51 is above 1.5, and must not read as 1.5. */
const roundRatio = (ratio: number) => Math.round(ratio * 100) / 100;

/**
 * The ratio on day `on`. `runs`: every run in the 28 days ending on `on` (others are ignored);
 * `lastRunBefore`: the latest run before those 28 days, or null when there was none.
 */
export function loadRatio(runs: Run[], on: IsoDate, lastRunBefore: IsoDate | null, rules: PainRules = DEFAULT_PAIN_RULES): LoadRatio {
  const d = RULE_DEFINITIONS;
  const windowStart = addDaysIso(on, -(d.chronicDays - 1));
  const inWindow = runs.filter((r) => r.date >= windowStart && r.date <= on).sort((a, b) => a.date.localeCompare(b.date));
  const last = inWindow.at(-1)?.date ?? lastRunBefore;
  if (last == null) return { kind: "no-runs" };
  const sinceLast = daysBetween(last, on);
  if (sinceLast >= d.breakDays) return { kind: "break", daysOff: sinceLast, returned: false };
  let previous = lastRunBefore;
  for (const run of inWindow) {
    const daysOff = previous == null ? 0 : daysBetween(previous, run.date) - 1;
    if (daysOff >= d.breakDays) return { kind: "break", daysOff, returned: true };
    previous = run.date;
  }
  // No run before the window: the history is shorter than the chronic window.
  if (lastRunBefore == null) return { kind: "building", days: daysBetween(inWindow[0]!.date, on) + 1 };
  const acuteStart = addDaysIso(on, -(d.acuteDays - 1));
  const acute = inWindow.filter((r) => r.date >= acuteStart).reduce((sum, r) => sum + r.load, 0);
  const chronicWeekly = inWindow.reduce((sum, r) => sum + r.load, 0) / (d.chronicDays / d.acuteDays);
  if (chronicWeekly <= 0) return { kind: "no-runs" };
  const value = roundRatio(acute / chronicWeekly);
  return { kind: "ratio", value, band: loadBand(value, rules) };
}

export interface DistanceChange {
  last7: number;
  previous7: number;
  /** Fraction: 0.3 is 30% more than the 7 days before; null when there was nothing before. */
  change: number | null;
}

/** Distance of the last 7 days against the 7 days before, rolling, ending on `on`. */
export function distanceChange(runs: Run[], on: IsoDate): DistanceChange {
  // The boundaries once, not per run: the roster calls this for hundreds of runners.
  const weekAgo = addDaysIso(on, -RULE_DEFINITIONS.acuteDays);
  const twoWeeksAgo = addDaysIso(on, -2 * RULE_DEFINITIONS.acuteDays);
  const sum = (after: IsoDate, upTo: IsoDate) => runs.filter((r) => r.date > after && r.date <= upTo).reduce((a, r) => a + r.distanceKm, 0);
  const last7 = sum(weekAgo, on);
  const previous7 = sum(twoWeeksAgo, weekAgo);
  return { last7, previous7, change: relativeChange(previous7, last7) };
}

/** How much more (or less) `current` is than `previous`, as a fraction; null when there was nothing before. */
export const relativeChange = (previous: number, current: number) => (previous > 0 ? (current - previous) / previous : null);

export const isSteepRise = (change: number | null) => change != null && change > RULE_DEFINITIONS.weeklyDistanceRiseMax;

export interface LoadBlock {
  /** The last day of this rolling 7-day block; the newest block ends today. */
  end: IsoDate;
  distanceKm: number;
  load: number;
  runs: number;
  ratio: LoadRatio;
}

/**
 * Rolling 7-day blocks ending today, back to `from`: what the running chart shows. `runs` must reach back
 * 28 days before `from` (so the first block's ratio has its chronic window), and `lastRunBefore` is the
 * latest run before that.
 */
export function loadBlocks(runs: Run[], from: IsoDate, today: IsoDate, lastRunBefore: IsoDate | null, rules: PainRules = DEFAULT_PAIN_RULES): LoadBlock[] {
  const sorted = [...runs].sort((a, b) => a.date.localeCompare(b.date));
  const blocks: LoadBlock[] = [];
  for (let end = today; end >= from || blocks.length === 0; end = addDaysIso(end, -RULE_DEFINITIONS.acuteDays)) {
    const start = addDaysIso(end, -(RULE_DEFINITIONS.acuteDays - 1));
    const inBlock = sorted.filter((r) => r.date >= start && r.date <= end);
    const chronicStart = addDaysIso(end, -(RULE_DEFINITIONS.chronicDays - 1));
    const before = sorted.filter((r) => r.date < chronicStart).at(-1)?.date ?? lastRunBefore;
    blocks.push({
      end,
      distanceKm: Math.round(inBlock.reduce((a, r) => a + r.distanceKm, 0) * 10) / 10,
      load: inBlock.reduce((a, r) => a + r.load, 0),
      runs: inBlock.length,
      ratio: loadRatio(sorted, end, before, rules),
    });
  }
  return blocks.reverse();
}
