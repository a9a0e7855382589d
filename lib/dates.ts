import { addDays, differenceInCalendarDays, format, isValid, parseISO } from "date-fns";

/*
 * Dates of logs are calendar days ("yyyy-MM-dd") in the runner's own calendar, not instants: a run on the
 * 3rd in Auckland is on the 3rd, whatever the server's clock says. "Today" is always asked for a time zone;
 * date arithmetic goes through date-fns on the strings.
 */
export type IsoDate = string;

export const ISO_DATE = "yyyy-MM-dd";

/** Used where no runner is involved (a clinician's form default) and for runners who never chose a zone. */
export const DEFAULT_TIME_ZONE = "UTC";

export function toIsoDate(date: Date): IsoDate {
  return format(date, ISO_DATE);
}

/** The current instant. STRIDEBACK_NOW pins it (an ISO instant) for tests and demos that drive the clock. */
export function now(): Date {
  const pinned = process.env.STRIDEBACK_NOW;
  return pinned ? new Date(pinned) : new Date();
}

const calendars = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in a time zone. */
export function dateIn(timeZone: string, instant: Date = now()): IsoDate {
  let calendar = calendars.get(timeZone);
  if (!calendar) {
    // en-CA formats as yyyy-mm-dd.
    calendar = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    calendars.set(timeZone, calendar);
  }
  return calendar.format(instant);
}

/** Today's date in a time zone: the runner's, for everything a runner logs or is judged on. */
export function today(timeZone: string = DEFAULT_TIME_ZONE): IsoDate {
  return dateIn(timeZone);
}

export function isTimeZone(value: string): boolean {
  if (!value || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone a person meant: a zone's name ("Pacific/Auckland"), its city alone ("auckland", "New York"),
 * or the city and region the time zone field suggests ("Auckland (Pacific)"). Null when none matches.
 */
export function resolveTimeZone(value: string): string | null {
  const typed = value.trim();
  if (isTimeZone(typed) && typed.includes("/")) return typed;
  const city = typed.replace(/\s*\(.*\)$/, "").replaceAll(" ", "_").toLowerCase();
  const zones = timeZoneNames();
  return zones.find((z) => z.toLowerCase() === typed.toLowerCase()) ?? zones.find((z) => z.split("/").at(-1)!.toLowerCase() === city) ?? null;
}

/** Every zone a person can choose, UTC first. */
export function timeZoneNames(): string[] {
  return [DEFAULT_TIME_ZONE, ...Intl.supportedValuesOf("timeZone").filter((z) => z !== DEFAULT_TIME_ZONE)];
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

