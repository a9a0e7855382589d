import { addDays, differenceInCalendarDays, format, isValid, parseISO } from "date-fns";

/*
 * Dates of logs are calendar days ("yyyy-MM-dd"), not instants: a run on the 3rd is on the 3rd wherever
 * the server is. All arithmetic goes through date-fns on those strings.
 */
export type IsoDate = string;

export const ISO_DATE = "yyyy-MM-dd";

export function toIsoDate(date: Date): IsoDate {
  return format(date, ISO_DATE);
}

/** Today's calendar date. STRIDEBACK_TODAY pins it for demos and tests that drive the date. */
export function today(): IsoDate {
  return process.env.STRIDEBACK_TODAY ?? toIsoDate(new Date());
}

export function addDaysIso(date: IsoDate, days: number): IsoDate {
  return toIsoDate(addDays(parseISO(date), days));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value));
}

/** ISO weekday, 1 = Monday ... 7 = Sunday, as prescriptions store them. */
export function isoWeekday(date: IsoDate): number {
  const day = parseISO(date).getDay();
  return day === 0 ? 7 : day;
}

export function formatDay(date: IsoDate): string {
  return format(parseISO(date), "EEE d MMM");
}
