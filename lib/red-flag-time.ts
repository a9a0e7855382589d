import { formatShortDate } from "@/lib/date-format";
import type { IsoDate } from "@/lib/dates";
import { type Locale } from "@/lib/i18n/locales";
import { wordsFor } from "@/lib/i18n/words";

/** A moment as a date and a 24-hour time on the runner's own clock. */
export function localMoment(at: Date, timeZone: string): { date: IsoDate; time: string } {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return { date: `${part("year")}-${part("month")}-${part("day")}`, time: `${part("hour")}:${part("minute")}` };
}

/** "07:12 on 23 Nov", in the runner's time zone and the reader's language: the words the roster's chip uses too. */
export function formatReported(at: Date, timeZone: string, locale: Locale = "en"): string {
  const { date, time } = localMoment(at, timeZone);
  return wordsFor(locale, "redFlags")("reported", { time, date: formatShortDate(date, locale) });
}
