import { addDaysIso, isoWeekday, type IsoDate } from "@/lib/dates";

/*
 * When is a prescription due? Chosen weekdays are exact. Otherwise "N days a week" means: still owed
 * this week (Monday to Sunday), and for spaced doses (3 or fewer a week, like Askling's Diver every
 * other day) not the day after one was done, unless the week is running out.
 */
export interface Schedule {
  daysPerWeek: number;
  weekdays: number[];
}

export function weekStart(date: IsoDate): IsoDate {
  return addDaysIso(date, 1 - isoWeekday(date));
}

/**
 * Is `date` one of this prescription's days? doneDates: the days this exercise was done (a day may repeat,
 * once per session), any range; only this week's before `date` count.
 */
export function isDueOn(schedule: Schedule, date: IsoDate, doneDates: IsoDate[]): boolean {
  if (schedule.weekdays.length > 0) return schedule.weekdays.includes(isoWeekday(date));
  if (schedule.daysPerWeek >= 7) return true;
  const monday = weekStart(date);
  const doneThisWeek = new Set(doneDates.filter((d) => d >= monday && d < date));
  const owed = schedule.daysPerWeek - doneThisWeek.size;
  if (owed <= 0) return false;
  const daysLeft = 8 - isoWeekday(date);
  const doneYesterday = doneThisWeek.has(addDaysIso(date, -1));
  if (schedule.daysPerWeek <= 3 && doneYesterday && daysLeft > owed) return false;
  return true;
}

/**
 * The doses of one day: a twice-a-day exercise is two. On a day it is due, or once started, the day holds
 * `timesPerDay` doses, and each session that did it today fills one.
 */
export function dosesOn(schedule: Schedule & { timesPerDay: number }, date: IsoDate, doneDates: IsoDate[]): { total: number; done: number } {
  const done = doneDates.filter((d) => d === date).length;
  const total = isDueOn(schedule, date, doneDates) || done > 0 ? schedule.timesPerDay : 0;
  return { total, done: Math.min(done, total) };
}
