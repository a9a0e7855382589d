import { DEFAULT_TIME_ZONE, daysBetween, type IsoDate, today } from "@/lib/dates";
import { InvalidFieldError } from "@/lib/errors";
import { said } from "@/lib/i18n/said";

/*
 * The dates a runner may log and edit: between their start and their today (in their own time zone), and
 * editable for a week, after which an entry is the record.
 */

/** How far back a runner may still edit or delete an entry; older entries are the record. */
export const EDITABLE_DAYS = 7;

export interface RunnerCalendar {
  /** Today in the runner's time zone. */
  today: IsoDate;
  startDate: IsoDate | null;
  /** Discharged runners keep their history to read, but log nothing new until re-admitted. */
  dischargedOn: IsoDate | null;
}

type ProfileDates = { startDate: IsoDate | null; timeZone: string | null; dischargedOn: IsoDate | null };

/** The calendar of a runner's profile row, read by the caller (no profile: the default zone, no bounds). */
export function calendarOf(profile: ProfileDates | undefined): RunnerCalendar {
  return { today: today(profile?.timeZone ?? DEFAULT_TIME_ZONE), startDate: profile?.startDate ?? null, dischargedOn: profile?.dischargedOn ?? null };
}

export function isEditable(date: IsoDate, calendar: Pick<RunnerCalendar, "today">): boolean {
  return daysBetween(date, calendar.today) < EDITABLE_DAYS;
}

/** A log's date must lie between the runner's start and their today. */
export function checkLogDate(calendar: RunnerCalendar, date: IsoDate, field = "date") {
  if (calendar.dischargedOn) throw new InvalidFieldError(field, said("dischargedNoEntries", { date: { day: calendar.dischargedOn } }));
  if (date > calendar.today) throw new InvalidFieldError(field, said("futureDate"));
  if (calendar.startDate && date < calendar.startDate) {
    throw new InvalidFieldError(field, said("beforeRehab", { date: { day: calendar.startDate } }));
  }
}
