import { addDaysIso, daysBetween } from "@/lib/dates";
import { painChange } from "./change";
import { type LoadBlock, type LoadRatio, relativeChange } from "./load";
import { type PainRules, RULE_DEFINITIONS } from "./thresholds";

/*
 * The one plain-language sentence under each chart. Pain trends compare the first and the last 7 days of
 * data in the range and call a change real only by the rule of change.ts. Running speaks of rolling 7-day
 * blocks ending today, and of the load ratio as load.ts defines it.
 */
const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const fmt = (x: number) => (Math.round(x * 10) / 10).toString();

function firstAndLastWeek<T extends { date: string }>(points: T[], value: (p: T) => number) {
  const first = points[0]!.date;
  const last = points[points.length - 1]!.date;
  const within = (from: string, to: string) => points.filter((p) => p.date >= from && p.date <= to).map(value);
  return {
    from: avg(within(first, addDaysIso(first, 6))),
    to: avg(within(addDaysIso(last, -6), last)),
    weeks: Math.max(1, Math.round(daysBetween(first, last) / 7)),
  };
}

function verdict(from: number, to: number) {
  const change = painChange(from, to);
  const verb = to < from ? "fell" : to > from ? "rose" : "stayed";
  const meaning = change.trend === "improving" ? "a real improvement" : change.trend === "worsening" ? "a real worsening" : "within day-to-day noise";
  return { verb, meaning };
}

export function painSummary(points: { date: string; painAfter: number }[], subject = "Pain after sessions"): string {
  if (points.length < 2) return `Not enough sessions in this range to see a trend in ${subject.toLowerCase()}.`;
  const { from, to, weeks } = firstAndLastWeek(points, (p) => p.painAfter);
  const { verb, meaning } = verdict(from, to);
  if (verb === "stayed") return `${subject} stayed at ${fmt(from)} over ${weeks} weeks: ${meaning}.`;
  return `${subject} ${verb} from ${fmt(from)} to ${fmt(to)} over ${weeks} week${weeks === 1 ? "" : "s"}: ${meaning}.`;
}

export function exercisePainSummary(name: string, points: { date: string; pain: number }[]): string {
  return painSummary(points.map((p) => ({ date: p.date, painAfter: p.pain })), `Pain during ${name}`);
}

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

export function runningSummary(blocks: LoadBlock[], rules: PainRules): string {
  const current = blocks.at(-1);
  if (!current || blocks.every((b) => b.runs === 0)) return "No runs logged in this range.";
  const previous = blocks.at(-2);
  const change = previous ? relativeChange(previous.distanceKm, current.distanceKm) : null;
  const against = previous ? `, against ${fmt(previous.distanceKm)} km the 7 days before${change != null ? ` (${change >= 0 ? "+" : ""}${Math.round(change * 100)}%)` : ""}` : "";
  const runs = `${current.runs} run${current.runs === 1 ? "" : "s"}`;
  return `Last 7 days: ${fmt(current.distanceKm)} km in ${runs}${against}. ${loadRatioSentence(current.ratio, rules)}`;
}
