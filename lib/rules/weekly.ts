import { addDaysIso, daysBetween, type IsoDate } from "@/lib/dates";
import { type Light, worst } from "./traffic-light";

/*
 * Long ranges are drawn a week to a point, so a chart of two years holds about a hundred points, not a
 * thousand. A week is a rolling 7-day block ending on the runner's today, as on every other chart. Up to
 * 12 weeks each session keeps its own point. A week shows its worst, never its average: one red session
 * in a quiet week must still show red.
 */
export const SESSION_POINTS_UP_TO_DAYS = 84;

export const needsWeeks = (dates: IsoDate[]) => dates.length > 1 && daysBetween(dates[0]!, dates[dates.length - 1]!) >= SESSION_POINTS_UP_TO_DAYS;

/** The last day of the 7-day block, ending `to`, that holds `date`. */
export const weekEnd = (date: IsoDate, to: IsoDate) => addDaysIso(to, -7 * Math.floor(daysBetween(date, to) / 7));

/** Items grouped by the block that holds them, in date order of the blocks. */
export function byWeek<T extends { date: IsoDate }>(items: T[], to: IsoDate): { end: IsoDate; items: T[] }[] {
  const weeks = new Map<IsoDate, T[]>();
  for (const item of items) {
    const end = weekEnd(item.date, to);
    weeks.set(end, [...(weeks.get(end) ?? []), item]);
  }
  return [...weeks.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([end, grouped]) => ({ end, items: grouped }));
}

export interface SessionPainLike {
  date: IsoDate;
  painDuring: number;
  painAfter: number;
  nextMorning: number | null;
  light: Light;
}

export interface WeekOfPain {
  end: IsoDate;
  sessions: number;
  during: number;
  after: number;
  morning: number | null;
  light: Light;
}

export function worstPerWeek(sessions: SessionPainLike[], to: IsoDate): WeekOfPain[] {
  return byWeek(sessions, to).map(({ end, items }) => {
    const mornings = items.map((s) => s.nextMorning).filter((m): m is number => m != null);
    return {
      end,
      sessions: items.length,
      during: Math.max(...items.map((s) => s.painDuring)),
      after: Math.max(...items.map((s) => s.painAfter)),
      morning: mornings.length ? Math.max(...mornings) : null,
      light: worst(items.map((s) => s.light)),
    };
  });
}
