/*
 * Every date and time a person reads, in one format per locale, through Intl.DateTimeFormat: never built
 * from the string's pieces. Calendar dates ("yyyy-MM-dd", a day in the runner's own calendar) are read
 * as that day at UTC midnight and formatted in UTC, so no time zone can move them to another day.
 * Instants (a message, an audit event) are formatted in the reader's time zone, which the caller names.
 */

import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";

/** The formatters take the reader's language ("en", "es"); English unless a caller names another. */
const intl = (locale: Locale) => INTL_LOCALE[locale];

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

/** A calendar date, or a timestamp already at UTC midnight (a chart's day). */
const calendarDay = (date: string | Date) => (typeof date === "string" ? new Date(`${date}T00:00:00Z`) : date);

/** "Sat 5 Dec": a day of the runner's calendar, where the week matters (logs, plans, check-ins). */
export function formatDay(date: string, locale: Locale = "en"): string {
  return formatter(intl(locale), { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }).format(calendarDay(date));
}

/** "5 Dec": a day inside a sentence or on a chart's axis. */
export function formatShortDate(date: string | Date, locale: Locale = "en"): string {
  return formatter(intl(locale), { day: "numeric", month: "short", timeZone: "UTC" }).format(calendarDay(date));
}

/** "5 Dec 2026": a day that may be in another year (a discharge, a note, an archived plan). */
export function formatDate(date: string, locale: Locale = "en"): string {
  return formatter(intl(locale), { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(calendarDay(date));
}

/** "5 Dec 2026, 14:05": an instant, on the reader's clock. */
export function formatDateTime(at: Date, timeZone: string, locale: Locale = "en"): string {
  return formatter(intl(locale), { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(at);
}

/** "5 Dec, 14:05": an instant of this year, on the reader's clock (a message in a thread). */
export function formatDayTime(at: Date, timeZone: string, locale: Locale = "en"): string {
  return formatter(intl(locale), { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(at);
}

/** "Mon" / "lun": an ISO weekday (1 is Monday), as a plan's chosen days name it. */
export function formatWeekday(isoWeekday: number, locale: Locale = "en", width: "short" | "long" = "short"): string {
  // 2024-01-01 was a Monday.
  return formatter(intl(locale), { weekday: width, timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, isoWeekday)));
}

/** "14:05": a time of day on the reader's clock. */
export function formatTime(at: Date, timeZone: string, locale: Locale = "en"): string {
  return formatter(intl(locale), { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(at);
}

/** The calendar day ("2026-12-05") an instant falls on in a time zone: a run's day on the phone that read it. */
export function calendarDayOf(at: Date, timeZone: string): string {
  const parts = formatter("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** "Monday, Wednesday and Friday" / "lunes, miércoles y viernes": a list in the reader's language. */
export function formatList(items: readonly string[], locale: Locale = "en", type: "conjunction" | "disjunction" = "conjunction"): string {
  return new Intl.ListFormat(intl(locale), { type }).format(items);
}
