import { type PainWindow, painTrend, trendWindows } from "./change";
import { type LoadBlock, type LoadRatio, relativeChange } from "./load";
import { type PainRules, RULE_DEFINITIONS } from "./thresholds";
import { type DistanceUnit, inUnit } from "@/lib/units";
import { type Phrase, phrase } from "./phrase";

/*
 * The one plain-language sentence under each chart. Pain trends use the one real-change rule of change.ts,
 * with its windows (the last 14 days of the range against the 14 before) and its minimum counts, exactly
 * as the roster and the report do: when the range is too short to judge, the sentence says so. Running
 * speaks of rolling 7-day blocks ending today, and of the load ratio as load.ts defines it. Each sentence is a
 * phrase (./phrase.ts), worded in the reader's language where it is shown.
 */
/** A number to one decimal, without a float's tail: 0.3, never 0.30000000000000004. */
/** A figure to the tenth, as a number: ICU formats it for the reader ("2.5", "2,5"). */
export const tenths = (x: number) => Math.round(x * 10) / 10;

/** What a trend is about: "Pain after sessions", "Pain during Askling Diver". */
export type TrendSubject = { of: "sessions" } | { of: "runs" } | { of: "exercise"; name: string };

const subject = (about: TrendSubject, start: boolean) =>
  phrase("summaries.subject", { of: about.of, name: about.of === "exercise" ? about.name : "", at: start ? "start" : "within" });

/** A pain series' trend in one sentence, from the two windows of the real-change rule. */
export function trendSentence({ before, recent }: { before: PainWindow; recent: PainWindow }, about: TrendSubject): Phrase {
  const d = RULE_DEFINITIONS;
  const change = painTrend(before, recent);
  if (!change) {
    return phrase("summaries.tooFew", { subject: subject(about, false), min: d.trendMinLogs, days: d.trendWindowDays, recent: recent.logs, before: before.logs });
  }
  return phrase("summaries.trend", { subject: subject(about, true), to: tenths(change.to), from: tenths(change.from), days: d.trendWindowDays, trend: change.trend });
}

/** Pain after sessions up to `end` (the range's last day). */
export function painSummary(points: { date: string; painAfter: number }[], end: string, about: TrendSubject = { of: "sessions" }): Phrase {
  return trendSentence(trendWindows(points.map((p) => ({ date: p.date, value: p.painAfter })), end), about);
}

export const exercisePainSummary = (name: string, windows: { before: PainWindow; recent: PainWindow }) => trendSentence(windows, { of: "exercise", name });

export function completionSummary(weeks: { done: number; prescribed: number }[]): Phrase {
  const prescribed = weeks.reduce((a, w) => a + w.prescribed, 0);
  const done = weeks.reduce((a, w) => a + Math.min(w.done, w.prescribed), 0);
  if (prescribed === 0) return phrase("summaries.noPrescribed");
  return phrase("summaries.completion", { done, prescribed, percent: Math.round((done / prescribed) * 100), weeks: weeks.length });
}

/** The load ratio in words, as context: never advice to run more. */
export function loadRatioSentence(load: LoadRatio, rules: PainRules): Phrase {
  const d = RULE_DEFINITIONS;
  switch (load.kind) {
    case "no-runs":
      return phrase("summaries.noRatio");
    case "building":
      return phrase("summaries.building", { chronic: d.chronicDays, days: load.days });
    case "break":
      return load.returned ? phrase("summaries.returning", { daysOff: load.daysOff, chronic: d.chronicDays }) : phrase("summaries.onBreak", { daysOff: load.daysOff });
    case "ratio": {
      const where = load.band === "in target" ? "inside" : load.band === "below target" ? "below" : "above";
      return phrase("summaries.ratio", { value: load.value, where, low: rules.loadRatioLow, high: rules.loadRatioHigh, risk: load.band === "high risk" ? "high" : "no", danger: rules.loadRatioDanger });
    }
  }
}

/** A distance in the reader's unit, to one decimal: "16 km", "9.9 mi". */
const distance = (km: number, unit: DistanceUnit) => phrase("summaries.distance", { amount: tenths(inUnit(km, unit)), unit });

/** The last 7 days' running against the 7 before, in the reader's unit (kilometres unless told). */
export function runningSummary(blocks: LoadBlock[], rules: PainRules, unit: DistanceUnit = "km"): Phrase {
  const current = blocks.at(-1);
  if (!current || blocks.every((b) => b.runs === 0)) return phrase("summaries.noRuns");
  const previous = blocks.at(-2);
  const change = previous ? relativeChange(previous.distanceKm, current.distanceKm) : null;
  return phrase("summaries.running", {
    distance: distance(current.distanceKm, unit),
    runs: current.runs,
    previous: previous ? distance(previous.distanceKm, unit) : "none",
    change: change != null ? `${change >= 0 ? "+" : ""}${Math.round(change * 100)}` : "none",
    ratio: loadRatioSentence(current.ratio, rules),
  });
}
