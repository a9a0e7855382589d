import { addDaysIso, daysBetween } from "@/lib/dates";
import { painChange } from "./change";
import { loadBand } from "./load";

/*
 * The one plain-language sentence under each chart. Trends compare the first and the last week of data
 * in the range, and say whether the change is real by the 2-point/33% rule.
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

export function runningSummary(weeks: { distanceKm: number; ratio: number | null }[]): string {
  const ran = weeks.filter((w) => w.distanceKm > 0);
  if (ran.length === 0) return "No runs logged in this range.";
  const first = ran[0]!.distanceKm;
  const last = weeks[weeks.length - 1]!;
  const ratio = [...weeks].reverse().find((w) => w.ratio != null)?.ratio;
  const distance = `Weekly distance went from ${fmt(first)} km to ${fmt(last.distanceKm)} km this week`;
  if (ratio == null) return `${distance}.`;
  const band = loadBand(ratio);
  return `${distance}; the latest load ratio is ${fmt(ratio)}, ${band === "in target" ? "inside" : band === "below target" ? "below" : "above"} the 0.8-1.3 band (context, not a verdict).`;
}
