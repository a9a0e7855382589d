import { type PainWindow, painTrend, trendWindows } from "./change";
import { type LoadBlock, type LoadRatio, relativeChange } from "./load";
import { type PainRules, RULE_DEFINITIONS } from "./thresholds";
import { type DistanceUnit, inUnit } from "@/lib/units";

/*
 * The one plain-language sentence under each chart. Pain trends use the one real-change rule of change.ts,
 * with its windows (the last 14 days of the range against the 14 before) and its minimum counts, exactly
 * as the roster and the report do: when the range is too short to judge, the sentence says so. Running
 * speaks of rolling 7-day blocks ending today, and of the load ratio as load.ts defines it.
 */
/** A number to one decimal, without a float's tail: 0.3, never 0.30000000000000004. */
export const oneDecimal = (x: number) => (Math.round(x * 10) / 10).toString();
const fmt = oneDecimal;

/** A pain series' trend in one sentence, from the two windows of the real-change rule. */
export function trendSentence({ before, recent }: { before: PainWindow; recent: PainWindow }, subject: string): string {
  const d = RULE_DEFINITIONS;
  const change = painTrend(before, recent);
  if (!change) {
    return `Too few entries to judge a trend in ${subject.toLowerCase()}: a real change needs ${d.trendMinLogs} or more in each of the last two ${d.trendWindowDays}-day windows (${recent.logs} in the last ${d.trendWindowDays} days, ${before.logs} in the ${d.trendWindowDays} before).`;
  }
  const meaning = change.trend === "improving" ? "a real improvement" : change.trend === "worsening" ? "a real worsening" : "within day-to-day noise";
  return `${subject}: ${fmt(change.to)} on average over the last ${d.trendWindowDays} days against ${fmt(change.from)} the ${d.trendWindowDays} days before, ${meaning}.`;
}

/** Pain after sessions up to `end` (the range's last day). */
export function painSummary(points: { date: string; painAfter: number }[], end: string, subject = "Pain after sessions"): string {
  return trendSentence(trendWindows(points.map((p) => ({ date: p.date, value: p.painAfter })), end), subject);
}

export const exercisePainSummary = (name: string, windows: { before: PainWindow; recent: PainWindow }) => trendSentence(windows, `Pain during ${name}`);

export function completionSummary(weeks: { done: number; prescribed: number }[]): string {
  const prescribed = weeks.reduce((a, w) => a + w.prescribed, 0);
  const done = weeks.reduce((a, w) => a + Math.min(w.done, w.prescribed), 0);
  if (prescribed === 0) return "No exercises were prescribed in this range.";
  return `${done} of ${prescribed} prescribed exercise sessions done (${Math.round((done / prescribed) * 100)}%) over ${weeks.length} week${weeks.length === 1 ? "" : "s"}.`;
}

/** The load ratio in words, as context: never advice to run more. */
export function loadRatioSentence(load: LoadRatio, rules: PainRules): string {
  const d = RULE_DEFINITIONS;
  switch (load.kind) {
    case "no-runs":
      return "No runs in the last 4 weeks, so no load ratio.";
    case "building":
      return `The load ratio appears once there are ${d.chronicDays} days of running history (${load.days} so far).`;
    case "break":
      return load.returned
        ? `Returning from a break of ${load.daysOff} days: no load ratio until ${d.chronicDays} days of running rebuild it.`
        : `No runs for ${load.daysOff} days: a break, so no load ratio.`;
    case "ratio": {
      const where = load.band === "in target" ? "inside" : load.band === "below target" ? "below" : "above";
      const risk = load.band === "high risk" ? `; above ${rules.loadRatioDanger} the risk of injury rises sharply` : "";
      return `The load ratio is ${load.value.toFixed(2)}, ${where} the ${rules.loadRatioLow}-${rules.loadRatioHigh} band${risk} (context, not a verdict).`;
    }
  }
}

/** The last 7 days' running against the 7 before, in the reader's unit (kilometres unless told). */
export function runningSummary(blocks: LoadBlock[], rules: PainRules, unit: DistanceUnit = "km"): string {
  const distance = (km: number) => `${fmt(inUnit(km, unit))} ${unit}`;
  const current = blocks.at(-1);
  if (!current || blocks.every((b) => b.runs === 0)) return "No runs logged in this range.";
  const previous = blocks.at(-2);
  const change = previous ? relativeChange(previous.distanceKm, current.distanceKm) : null;
  const against = previous ? `, against ${distance(previous.distanceKm)} the 7 days before${change != null ? ` (${change >= 0 ? "+" : ""}${Math.round(change * 100)}%)` : ""}` : "";
  const runs = `${current.runs} run${current.runs === 1 ? "" : "s"}`;
  return `Last 7 days: ${distance(current.distanceKm)} in ${runs}${against}. ${loadRatioSentence(current.ratio, rules)}`;
}
